import { createAuthorizationRequest, exchangeCode, parseCallback, refreshTokens, revokeToken, type OAuth2AuthSpec } from '@tributary/core';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type RunningServer } from '../server/serve.js';
import { createOAuthSimulator, type OAuthSimulator } from './oauth-simulator.js';

const client = {
  clientId: 'tributary-app',
  clientSecret: 'app-secret-123',
  redirectUri: 'http://127.0.0.1:9/api/connectors/acme/callback',
};
const call = { vendor: 'Acme' };

describe('OAuth simulator with the core OAuth engine', () => {
  let server: RunningServer;
  let sim: OAuthSimulator;
  let spec: OAuth2AuthSpec;

  beforeAll(async () => {
    const app = new Hono();
    sim = createOAuthSimulator({
      vendor: 'Acme',
      clients: [{ clientId: client.clientId, clientSecret: client.clientSecret, redirectUris: [client.redirectUri] }],
      pkce: 'required',
      rotateRefreshTokens: true,
      tokenExtras: () => ({ instance_url: 'https://acme.example' }),
    });
    sim.mount(app, { authorize: '/oauth/authorize', token: '/oauth/token', revoke: '/oauth/revoke' });
    server = await serve(app);
    spec = {
      type: 'oauth2',
      authorizeUrl: `${server.url}/oauth/authorize`,
      tokenUrl: `${server.url}/oauth/token`,
      revokeUrl: `${server.url}/oauth/revoke`,
      scopes: ['read', 'offline'],
      scopeSeparator: ' ',
      pkce: true,
      authorizeParams: { prompt: 'consent' },
      tokenAuthMethod: 'client_secret_post',
      tokenResponse: { instanceUrlField: 'instance_url', noExpiry: false, noRefreshToken: false },
    };
  });
  afterAll(() => server.close());

  const connect = async () => {
    const request = await createAuthorizationRequest(spec, client);
    const callback = new URL(await sim.consent(request.url));
    const params = parseCallback(spec, client, callback, request.state, call);
    return { request, params, tokens: await exchangeCode(spec, client, params, request.codeVerifier, call) };
  };

  it('authorizes with PKCE S256 and exchanges the code for tokens with the vendor quirks', async () => {
    const { request, tokens } = await connect();
    const url = new URL(request.url);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('prompt')).toBe('consent');
    expect(url.searchParams.get('scope')).toBe('read offline');
    expect(tokens).toMatchObject({ tokenType: 'bearer', instanceUrl: 'https://acme.example', scope: 'read offline' });
    expect(tokens.refreshToken).toMatch(/^rt_/);
    expect(Date.parse(tokens.expiresAt ?? '') - Date.now()).toBeGreaterThan(3500_000);
    expect(sim.tokenInfo(tokens.accessToken)).toMatchObject({ clientId: client.clientId });
  });

  it('rotates refresh tokens and rejects reuse of the old one, which also revokes the family', async () => {
    const { tokens } = await connect();
    const next = await refreshTokens(spec, client, tokens, call);
    expect(next.refreshToken).not.toBe(tokens.refreshToken);
    expect(next.instanceUrl).toBe('https://acme.example');
    await expect(refreshTokens(spec, client, tokens, call)).rejects.toMatchObject({ kind: 'auth_revoked', oauthError: 'invalid_grant' });
    expect(sim.tokenInfo(next.accessToken)).toBeUndefined();
  });

  it('refuses a reused or unknown code and a wrong PKCE verifier with "Invalid grant"', async () => {
    const { request, params } = await connect();
    await expect(exchangeCode(spec, client, params, request.codeVerifier, call)).rejects.toMatchObject({
      kind: 'auth_expired',
      message: /Invalid grant/,
    });
    const second = await createAuthorizationRequest(spec, client);
    const callback = new URL(await sim.consent(second.url));
    const p2 = parseCallback(spec, client, callback, second.state, call);
    await expect(exchangeCode(spec, client, p2, 'wrong-verifier-wrong-verifier-wrong-verifier', call)).rejects.toMatchObject({
      oauthError: 'invalid_grant',
    });
  });

  it('rejects a state mismatch and reports access denied at consent', async () => {
    const request = await createAuthorizationRequest(spec, client);
    const callback = new URL(await sim.consent(request.url));
    expect(() => parseCallback(spec, client, callback, 'another-state', call)).toThrow(/not valid any more/);
    const denied = new URL(await sim.consent((await createAuthorizationRequest(spec, client)).url, 'deny'));
    expect(denied.searchParams.get('error')).toBe('access_denied');
    expect(() => parseCallback(spec, client, denied, denied.searchParams.get('state') ?? '', call)).toThrow(
      /denied on the Acme consent screen/,
    );
  });

  it('never redirects to an unregistered redirect URI', async () => {
    const request = await createAuthorizationRequest(spec, { ...client, redirectUri: 'https://evil.example/cb' });
    const answer = await fetch(request.url, { redirect: 'manual' });
    expect(answer.status).toBe(400);
    expect(await answer.text()).toMatch(/redirect_uri_mismatch/);
  });

  it('revokes tokens', async () => {
    const { tokens } = await connect();
    expect(await revokeToken(spec, client, tokens.refreshToken ?? '', call)).toBe(true);
    expect(sim.tokenInfo(tokens.accessToken)).toBeUndefined();
    await expect(refreshTokens(spec, client, tokens, call)).rejects.toMatchObject({ oauthError: 'invalid_grant' });
  });

  it('reissues a live token of the same grant with another lifetime, and ends a whole grant on request', async () => {
    const { tokens } = await connect();
    const long = sim.reissue(tokens.accessToken, 5_183_944);
    expect(long?.expiresIn).toBe(5_183_944);
    expect(sim.tokenInfo(long?.accessToken ?? '')?.expiresAt).toBeGreaterThan(Date.now() + 5_000_000_000);
    expect(sim.reissue('at_unknown', 60)).toBeUndefined();
    expect(sim.revokeGrant(long?.accessToken ?? '')).toBe(true);
    // Every token of the grant is gone: the long-lived one, the one it came from, and the refresh token.
    expect(sim.tokenInfo(long?.accessToken ?? '')).toBeUndefined();
    expect(sim.tokenInfo(tokens.accessToken)).toBeUndefined();
    await expect(refreshTokens(spec, client, tokens, call)).rejects.toMatchObject({ oauthError: 'invalid_grant' });
    expect(sim.revokeGrant(tokens.accessToken)).toBe(false);
    expect(sim.reissue(tokens.accessToken, 60)).toBeUndefined();
  });

  it('rejects a wrong client secret as a configuration error', async () => {
    const { request, params } = await (async () => {
      const r = await createAuthorizationRequest(spec, client);
      const cb = new URL(await sim.consent(r.url));
      return { request: r, params: parseCallback(spec, client, cb, r.state, call) };
    })();
    await expect(exchangeCode(spec, { ...client, clientSecret: 'nope' }, params, request.codeVerifier, call)).rejects.toMatchObject({
      kind: 'config',
    });
  });
});

describe('signed sandbox tokens', () => {
  it('a simulator restarted with the same secret accepts the tokens the first one issued; another secret does not', async () => {
    const client = { clientId: 'app', clientSecret: 'app-secret', redirectUris: ['http://127.0.0.1:9/cb'] };
    const make = (tokenSecret: string) => {
      const app = new Hono();
      const sim = createOAuthSimulator({ vendor: 'Acme', clients: [client], pkce: 'unsupported', tokenSecret });
      sim.mount(app, { authorize: '/a', token: '/t' });
      return { app, sim };
    };
    const first = make('s3cret');
    const page = await first.app.request('/a?response_type=code&client_id=app&redirect_uri=http://127.0.0.1:9/cb&state=x');
    const request = /name="request" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
    const back = await first.app.request('/a/decision', { method: 'POST', body: new URLSearchParams({ request, decision: 'allow' }) });
    const code = new URL(back.headers.get('location') ?? '').searchParams.get('code') ?? '';
    const tokens = (await (
      await first.app.request('/t', {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code,
          redirect_uri: 'http://127.0.0.1:9/cb',
          client_id: 'app',
          client_secret: 'app-secret',
        }),
      })
    ).json()) as { access_token: string; refresh_token: string };
    const restarted = make('s3cret');
    expect(restarted.sim.tokenInfo(tokens.access_token)).toMatchObject({ clientId: 'app' });
    const refreshed = await restarted.app.request('/t', {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
        client_id: 'app',
        client_secret: 'app-secret',
      }),
    });
    expect(refreshed.status).toBe(200);
    expect(make('other').sim.tokenInfo(tokens.access_token)).toBeUndefined();
  });
});
