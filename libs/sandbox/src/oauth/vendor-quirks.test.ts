import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createOAuthSimulator } from './oauth-simulator.js';
import { s256 } from './pkce.js';
import type { OAuthSimulatorOptions } from './types.js';

const client = { clientId: 'app', clientSecret: 'app-secret', redirectUris: ['http://127.0.0.1:9/cb'] };
const secrets = { client_id: client.clientId, client_secret: client.clientSecret };
const form = (fields: Record<string, string>) => ({ method: 'POST', body: new URLSearchParams(fields) });

/** A simulator driven in-process: consent with Allow, then token and revoke calls. */
function make(options: Partial<OAuthSimulatorOptions> = {}) {
  const app = new Hono();
  const sim = createOAuthSimulator({ vendor: 'Acme', clients: [client], pkce: 'optional', ...options });
  sim.mount(app, { authorize: '/a', token: '/t', revoke: '/r' });
  const inProcess: typeof fetch = async (input, init) => app.request(input instanceof Request ? input : String(input), init);
  const consent = async (query: Record<string, string>) => {
    const params = new URLSearchParams({
      response_type: 'code',
      client_id: client.clientId,
      redirect_uri: client.redirectUris[0] ?? '',
      ...query,
    });
    return new URL(await sim.consent(`http://acme.sim/a?${params}`, 'allow', inProcess));
  };
  const exchange = async (code: string, extra: Record<string, string> = {}) =>
    app.request('/t', form({ grant_type: 'authorization_code', code, redirect_uri: client.redirectUris[0] ?? '', ...secrets, ...extra }));
  const connect = async (query: Record<string, string> = {}, extra: Record<string, string> = {}) => {
    const res = await exchange((await consent(query)).searchParams.get('code') ?? '', extra);
    return (await res.json()) as Record<string, string>;
  };
  return { app, sim, consent, exchange, connect, revoke: (token: string) => app.request('/r', form({ token })) };
}

describe('vendor quirks of the OAuth simulator', () => {
  it('answers a missing verifier with invalid_grant and a wrong one as the vendor does', async () => {
    const verifier = 'v'.repeat(43);
    const challenge = { code_challenge: s256(verifier), code_challenge_method: 'S256' };
    const defaults = make();
    const wrong = await defaults.exchange((await defaults.consent(challenge)).searchParams.get('code') ?? '', {
      code_verifier: 'w'.repeat(43),
    });
    expect(await wrong.json()).toMatchObject({ error: 'invalid_grant' });
    const vendor = make({ pkceMismatchError: { error: 'invalid_request', description: 'invalid code verifier' } });
    const mismatched = await vendor.exchange((await vendor.consent(challenge)).searchParams.get('code') ?? '', {
      code_verifier: 'w'.repeat(43),
    });
    expect(mismatched.status).toBe(400);
    expect(await mismatched.json()).toEqual({ error: 'invalid_request', error_description: 'invalid code verifier' });
    const missing = await vendor.exchange((await vendor.consent(challenge)).searchParams.get('code') ?? '');
    expect(await missing.json()).toMatchObject({ error: 'invalid_grant' });
    expect(await vendor.connect(challenge, { code_verifier: verifier })).toHaveProperty('access_token');
  });

  it('refuses an omitted code_challenge_method unless the vendor reads it as plain', async () => {
    const strict = make();
    expect((await strict.consent({ code_challenge: 'c'.repeat(43) })).searchParams.get('error')).toBe('invalid_request');
    const lenient = make({ pkceMethods: ['S256', 'plain'], pkceDefaultMethod: 'plain' });
    const plain = 'p'.repeat(43);
    expect(await lenient.connect({ code_challenge: plain }, { code_verifier: plain })).toHaveProperty('access_token');
    const hashedVerifier = await lenient.exchange((await lenient.consent({ code_challenge: s256(plain) })).searchParams.get('code') ?? '', {
      code_verifier: plain,
    });
    expect(hashedVerifier.status).toBe(400); // an omitted method is plain, not S256
    expect((await lenient.consent({ code_challenge: plain, code_challenge_method: 'S512' })).searchParams.get('error')).toBe(
      'invalid_request',
    );
  });

  it('issues a refresh token only for the scopes that earn one', async () => {
    const { connect } = make({ refreshTokenScopes: ['refresh_token', 'offline_access'] });
    expect(await connect({ scope: 'api' })).not.toHaveProperty('refresh_token');
    expect(await connect({ scope: 'api refresh_token' })).toHaveProperty('refresh_token');
    expect(await connect({ scope: 'offline_access api' })).toHaveProperty('refresh_token');
    expect(await make().connect({ scope: 'api' })).toHaveProperty('refresh_token');
  });

  it('authenticates with a secret key as Bearer or Basic username and no redirect_uri where the vendor does (Stripe)', async () => {
    const stripe = make({ tokenClientAuth: 'secret_key', redirectUriAtToken: false });
    const code = async () => (await stripe.consent({})).searchParams.get('code') ?? '';
    const token = (fields: Record<string, string>, authorization?: string) =>
      stripe.app.request('/t', { method: 'POST', body: new URLSearchParams(fields), headers: authorization ? { authorization } : {} });
    const bearer = await token({ grant_type: 'authorization_code', code: await code() }, `Bearer ${client.clientSecret}`);
    const issued = (await bearer.json()) as Record<string, string>;
    expect(issued).toHaveProperty('access_token');
    const basic = `Basic ${Buffer.from(`${client.clientSecret}:`).toString('base64')}`;
    expect(await (await token({ grant_type: 'refresh_token', refresh_token: issued['refresh_token'] ?? '' }, basic)).json()).toHaveProperty(
      'access_token',
    );
    // The id and secret in the form are no credential here.
    const posted = await token({ grant_type: 'authorization_code', code: await code(), ...secrets });
    expect(posted.status).toBe(401);
    expect(await posted.json()).toMatchObject({ error: 'invalid_client' });
    expect((await token({ grant_type: 'authorization_code', code: await code() }, 'Bearer sk_test_other')).status).toBe(401);
    // By default the redirect URI must come back, and the form carries the client.
    const strict = make();
    const missing = await strict.app.request(
      '/t',
      form({ grant_type: 'authorization_code', code: (await strict.consent({})).searchParams.get('code') ?? '', ...secrets }),
    );
    expect(await missing.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('revokes an unknown token with 200 by default, or with the vendor error', async () => {
    const rfc = make();
    expect((await rfc.revoke('nonsense')).status).toBe(200);
    const vendor = make({ revokeInvalidToken: { error: 'invalid_token', description: 'invalid token' } });
    const unknown = await vendor.revoke('nonsense');
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({ error: 'invalid_token', error_description: 'invalid token' });
    const tokens = await vendor.connect();
    expect(vendor.sim.clientOf(tokens['refresh_token'] ?? '')).toBe(client.clientId);
    expect((await vendor.revoke(tokens['refresh_token'] ?? '')).status).toBe(200);
    expect(vendor.sim.clientOf(tokens['refresh_token'] ?? '')).toBeUndefined();
    expect((await vendor.revoke(tokens['access_token'] ?? '')).status).toBe(400); // revoked with its refresh token
    expect(vendor.sim.grants.filter((g) => g.kind === 'revoke').map((g) => g.ok)).toEqual([false, true, false]);
  });

  it('rotates refresh tokens and, where the vendor does, keeps the replaced one working', async () => {
    const refresh = (app: ReturnType<typeof make>['app'], token: string) =>
      app.request('/t', form({ grant_type: 'refresh_token', refresh_token: token, ...secrets }));
    const microsoft = make({ rotateRefreshTokens: true, keepRotatedRefreshTokens: true });
    const first = (await microsoft.connect())['refresh_token'] ?? '';
    const second = (await (await refresh(microsoft.app, first)).json()) as Record<string, string>;
    expect(second['refresh_token']).toBeDefined();
    expect(second['refresh_token']).not.toBe(first);
    expect((await refresh(microsoft.app, first)).status).toBe(200); // the old one is not revoked
    const strict = make({ rotateRefreshTokens: true });
    const old = (await strict.connect())['refresh_token'] ?? '';
    expect((await refresh(strict.app, old)).status).toBe(200);
    expect((await refresh(strict.app, old)).status).toBe(400); // reuse of a rotated token
  });

  it('keeps a revoked signed token dead', async () => {
    const { connect, revoke, sim } = make({ tokenSecret: 's3cret' });
    const tokens = await connect();
    await revoke(tokens['refresh_token'] ?? '');
    expect(sim.tokenInfo(tokens['access_token'] ?? '')).toBeUndefined();
  });

  it('ends a session without expires_in after the session lifetime', async () => {
    let clock = Date.parse('2026-11-01T00:00:00Z');
    const { connect, sim } = make({ accessTokenTtlSeconds: null, sessionTtlSeconds: 7_200, now: () => new Date(clock) });
    const tokens = await connect();
    expect(tokens).not.toHaveProperty('expires_in');
    clock += 7_199_000;
    expect(sim.tokenInfo(tokens['access_token'] ?? '')).toBeDefined();
    clock += 1_000;
    expect(sim.tokenInfo(tokens['access_token'] ?? '')).toBeUndefined();
  });
});
