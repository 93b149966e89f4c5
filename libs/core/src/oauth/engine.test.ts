import { afterEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { OAuth2AuthSpec } from '../connector/manifest.js';
import { startScriptedServer, type ScriptedServer } from '../testing/scripted-server.js';
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

let server: ScriptedServer | undefined;
afterEach(() => server?.close());

const acmeCall = { vendor: 'Acme', now: () => new Date('2026-12-06T10:00:00Z') };
const acmeClient = { clientId: 'client', clientSecret: 'secret', redirectUri: 'http://127.0.0.1:3000/api/connectors/acme/callback' };
const specFor = (url: string) =>
  OAuth2AuthSpec.parse({
    type: 'oauth2',
    authorizeUrl: `${url}/authorize`,
    tokenUrl: `${url}/token`,
    tokenResponse: { accountIdField: 'hub_id' },
  });

describe('token responses', () => {
  it('keeps a numeric account id (HubSpot hub_id) as its decimal string, and the previous one when a refresh omits it', async () => {
    server = await startScriptedServer([
      { body: { access_token: 'at-1', refresh_token: 'rt-1', token_type: 'bearer', expires_in: 1800, hub_id: 62515 } },
      { body: { access_token: 'at-2', refresh_token: 'rt-2', token_type: 'bearer', expires_in: 1800 } },
    ]);
    const acmeSpec = specFor(server.url);
    const params = parseCallback(acmeSpec, acmeClient, new URL(`${acmeClient.redirectUri}?code=abc&state=s1`), 's1', acmeCall);
    const tokens = await exchangeCode(acmeSpec, acmeClient, params, undefined, acmeCall);
    expect(tokens).toMatchObject({ accessToken: 'at-1', accountId: '62515', expiresAt: '2026-12-06T10:30:00.000Z' });
    const refreshed = await refreshTokens(acmeSpec, acmeClient, tokens, acmeCall);
    expect(refreshed).toMatchObject({ accessToken: 'at-2', refreshToken: 'rt-2', accountId: '62515' });
  });
});
