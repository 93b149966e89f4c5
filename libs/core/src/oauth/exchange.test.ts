import { describe, expect, it } from 'vitest';
import { OAuth2AuthSpec } from '../connector/manifest.js';
import { exchangeForLongLived } from './exchange.js';
import type { TokenSet } from './tokens.js';

const spec = OAuth2AuthSpec.parse({
  type: 'oauth2',
  authorizeUrl: 'https://www.facebook.com/v26.0/dialog/oauth',
  tokenUrl: 'https://graph.facebook.com/v26.0/oauth/access_token',
  tokenExchange: { grantType: 'fb_exchange_token', tokenParam: 'fb_exchange_token' },
});
const client = { clientId: 'app-1', clientSecret: 'app-secret', redirectUri: 'https://tributary.example/cb' };
const NOW = new Date('2026-11-01T00:00:00Z');
const short: TokenSet = {
  accessToken: 'short-token',
  tokenType: 'bearer',
  expiresAt: '2026-11-01T01:30:00.000Z',
  obtainedAt: '2026-10-31T23:59:59.000Z',
  scope: 'ads_read',
};

/** A vendor token endpoint that records what it was asked and answers `status` with `body`. */
function vendor(status: number, body: unknown) {
  const seen: URL[] = [];
  const fetch: typeof globalThis.fetch = async (input) => {
    seen.push(new URL(input instanceof Request ? input.url : String(input)));
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { seen, call: { vendor: 'Meta Ads', fetch, now: () => NOW } };
}

describe('exchangeForLongLived (a token exchange after the code exchange)', () => {
  it('trades the short token with a GET carrying the grant type, the app credentials and the token, and keeps the rest', async () => {
    const v = vendor(200, { access_token: 'long-token', token_type: 'bearer', expires_in: 5_183_944 });
    const long = await exchangeForLongLived(spec, client, short, v.call);
    expect(long).toEqual({
      ...short,
      accessToken: 'long-token',
      expiresAt: new Date(NOW.getTime() + 5_183_944_000).toISOString(),
      obtainedAt: NOW.toISOString(),
    });
    const [url] = v.seen;
    expect(`${url?.origin}${url?.pathname}`).toBe('https://graph.facebook.com/v26.0/oauth/access_token');
    expect(Object.fromEntries(url?.searchParams ?? [])).toEqual({
      grant_type: 'fb_exchange_token',
      client_id: 'app-1',
      client_secret: 'app-secret',
      fb_exchange_token: 'short-token',
    });
  });

  it('does nothing for a spec without an exchange, and drops the short expiry when the vendor gives none', async () => {
    const v = vendor(200, { access_token: 'long-token' });
    const plain = OAuth2AuthSpec.parse({ ...spec, tokenExchange: undefined });
    expect(await exchangeForLongLived(plain, client, short, v.call)).toBe(short);
    expect(v.seen).toHaveLength(0);
    const long = await exchangeForLongLived(spec, client, short, v.call);
    expect(long.expiresAt).toBeUndefined();
  });

  it('maps a refusal into the taxonomy without the secrets: RFC errors by code, vendor envelopes as vendor errors', async () => {
    const rfc = vendor(400, { error: 'invalid_client', error_description: 'bad secret' });
    await expect(exchangeForLongLived(spec, client, short, rfc.call)).rejects.toMatchObject({
      kind: 'config',
      oauthError: 'invalid_client',
    });
    const graph = vendor(400, { error: { message: 'Error validating access token', type: 'OAuthException', code: 190 } });
    const refused = exchangeForLongLived(spec, client, short, graph.call);
    await expect(refused).rejects.toMatchObject({
      kind: 'vendor',
      status: 400,
      message: expect.stringMatching(/code 190: Error validating/),
    });
    const message = await refused.catch((e: unknown) => String(e));
    expect(message).not.toContain('app-secret');
    expect(message).not.toContain('short-token');
  });

  it('reports an unreachable vendor as transient', async () => {
    const call = {
      vendor: 'Meta Ads',
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    };
    await expect(exchangeForLongLived(spec, client, short, call)).rejects.toMatchObject({ kind: 'transient' });
  });
});
