import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { OAuth2AuthSpec } from '../connector/manifest.js';
import { exchangeCode, parseCallback, refreshTokens } from './engine.js';

const NOW = new Date('2026-12-01T10:00:00Z');
const client = {
  clientId: 'ca_app',
  clientSecret: 'sk_test_platform',
  redirectUri: 'https://tributary.example.com/api/connectors/x/callback',
};
const call = (fetch: typeof globalThis.fetch) => ({ vendor: 'Vendor', fetch, now: () => NOW });

/** A token endpoint that answers `body` and keeps what it was sent. */
function tokenEndpoint(body: Record<string, unknown>) {
  const sent: { authorization: string | null; form: Record<string, string> }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    sent.push({ authorization: request.headers.get('authorization'), form: Object.fromEntries(new URLSearchParams(await request.text())) });
    return Response.json(body);
  };
  return { fetch, sent };
}

const spec = (overrides: Partial<z.input<typeof OAuth2AuthSpec>> = {}) =>
  OAuth2AuthSpec.parse({
    type: 'oauth2',
    authorizeUrl: 'https://vendor.example.com/oauth/authorize',
    tokenUrl: 'https://vendor.example.com/oauth/token',
    pkce: false,
    ...overrides,
  });

const callback = (s: OAuth2AuthSpec) =>
  parseCallback(s, client, new URL(`${client.redirectUri}?code=ac_123&state=st`), 'st', { vendor: 'Vendor' });

describe('the token request', () => {
  it('client_secret_bearer: the secret as a Bearer key and only the grant in the form (Stripe /oauth/token)', async () => {
    const stripe = spec({
      tokenAuthMethod: 'client_secret_bearer',
      tokenResponse: { accountIdField: 'stripe_user_id', expiresInSeconds: 3600 },
    });
    const endpoint = tokenEndpoint({ access_token: 'at_1', refresh_token: 'rt_1', token_type: 'bearer', stripe_user_id: 'acct_1' });
    const tokens = await exchangeCode(stripe, client, callback(stripe), undefined, call(endpoint.fetch));
    expect(endpoint.sent).toEqual([
      { authorization: 'Bearer sk_test_platform', form: { grant_type: 'authorization_code', code: 'ac_123' } },
    ]);
    expect(tokens).toMatchObject({ accessToken: 'at_1', refreshToken: 'rt_1', accountId: 'acct_1', expiresAt: '2026-12-01T11:00:00.000Z' });

    const rotated = tokenEndpoint({ access_token: 'at_2', refresh_token: 'rt_2', token_type: 'bearer' });
    const refreshed = await refreshTokens(stripe, client, tokens, call(rotated.fetch));
    expect(rotated.sent).toEqual([
      { authorization: 'Bearer sk_test_platform', form: { grant_type: 'refresh_token', refresh_token: 'rt_1' } },
    ]);
    expect(refreshed).toMatchObject({ accessToken: 'at_2', refreshToken: 'rt_2', accountId: 'acct_1' });
  });

  it('by default (client_secret_post) as before: client id, secret and redirect URI in the form; expires_in wins over a declared lifetime', async () => {
    const plain = spec({ tokenResponse: { expiresInSeconds: 3600 } });
    const endpoint = tokenEndpoint({ access_token: 'at_1', token_type: 'Bearer', expires_in: 60 });
    const tokens = await exchangeCode(plain, client, callback(plain), undefined, call(endpoint.fetch));
    expect(endpoint.sent[0]?.authorization).toBeNull();
    expect(endpoint.sent[0]?.form).toEqual({
      grant_type: 'authorization_code',
      code: 'ac_123',
      redirect_uri: client.redirectUri,
      client_id: 'ca_app',
      client_secret: 'sk_test_platform',
    });
    expect(tokens.expiresAt).toBe('2026-12-01T10:01:00.000Z');
  });
});
