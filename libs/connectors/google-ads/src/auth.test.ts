import {
  createAuthorizationRequest,
  createConnectorContext,
  exchangeCode,
  parseCallback,
  refreshTokens,
  revokeToken,
  type OAuth2AuthSpec,
  type TokenSet,
} from '@tributary/core';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GoogleAdsConfig, GoogleAdsSettings } from './config.js';
import { GOOGLE_OAUTH, googleAds } from './connector.js';
import { createGoogleAdsSimulator, GOOGLE_OAUTH_PATHS, type GoogleAdsSimulator } from './sandbox/index.js';

const REDIRECT = 'http://127.0.0.1:3000/api/connectors/google-ads/callback';
const client = { clientId: 'tributary-test.apps.googleusercontent.com', clientSecret: 'GOCSPX-test-secret', redirectUri: REDIRECT };
const call = { vendor: 'Google Ads' };

describe('Google OAuth with the core engine against the simulator (real HTTP)', () => {
  let sim: GoogleAdsSimulator;
  let server: RunningServer;
  let spec: OAuth2AuthSpec;

  beforeAll(async () => {
    sim = createGoogleAdsSimulator({
      seed: 5,
      clients: [{ clientId: client.clientId, clientSecret: client.clientSecret, redirectUris: [REDIRECT] }],
    });
    server = await sim.start();
    if (googleAds.auth.type !== 'oauth2') throw new Error('Google Ads must use OAuth');
    spec = {
      ...googleAds.auth,
      authorizeUrl: `${server.url}${GOOGLE_OAUTH_PATHS.authorize}`,
      tokenUrl: `${server.url}${GOOGLE_OAUTH_PATHS.token}`,
      revokeUrl: `${server.url}${GOOGLE_OAUTH_PATHS.revoke}`,
    };
  });
  afterAll(() => server.close());

  const connect = async (override: Partial<OAuth2AuthSpec> = {}) => {
    const request = await createAuthorizationRequest({ ...spec, ...override }, client);
    const callback = new URL(await sim.google.oauth.consent(request.url));
    const params = parseCallback(spec, client, callback, request.state, call);
    return { request, tokens: await exchangeCode(spec, client, params, request.codeVerifier, call) };
  };
  const accounts = (tokens: TokenSet) => {
    const config = GoogleAdsConfig.parse({ tokens });
    const credentials = { accessToken: config.tokens.accessToken };
    const ctx = createConnectorContext(googleAds, credentials, GoogleAdsSettings.parse({}), { baseUrl: server.url, http: { retries: 0 } });
    return googleAds.listAccounts?.(credentials, ctx);
  };

  it("declares Google's endpoints, the adwords scope, offline access, the consent prompt and PKCE", () => {
    expect(googleAds.auth).toMatchObject({
      type: 'oauth2',
      authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
      tokenUrl: 'https://oauth2.googleapis.com/token',
      revokeUrl: 'https://oauth2.googleapis.com/revoke',
      scopes: ['https://www.googleapis.com/auth/adwords'],
      pkce: true,
      authorizeParams: { access_type: 'offline', prompt: 'consent' },
    });
    expect(GOOGLE_OAUTH.tokenUrl).toBe('https://oauth2.googleapis.com/token');
    expect(googleAds.accountSelection).toBe(true);
  });

  it('authorizes with PKCE S256 through the consent screen and gets a refresh token (offline access)', async () => {
    const { request, tokens } = await connect();
    const url = new URL(request.url);
    expect(
      Object.fromEntries(['access_type', 'prompt', 'code_challenge_method', 'scope'].map((k) => [k, url.searchParams.get(k)])),
    ).toEqual({
      access_type: 'offline',
      prompt: 'consent',
      code_challenge_method: 'S256',
      scope: 'https://www.googleapis.com/auth/adwords',
    });
    const page = await fetch(request.url);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toMatch(/<button[^>]*value="allow"/);
    expect(tokens.scope).toBe('https://www.googleapis.com/auth/adwords');
    expect(tokens.tokenType.toLowerCase()).toBe('bearer');
    expect(tokens.refreshToken).toBeDefined();
    expect(Date.parse(tokens.expiresAt ?? '') - Date.now()).toBeGreaterThan(3_500_000);
    expect((await accounts(tokens))?.length).toBeGreaterThan(0);
  });

  it('issues a refresh token only with offline access, and only on the first grant unless prompt=consent', async () => {
    expect((await connect()).tokens.refreshToken).toBeDefined();
    const online = await connect({ authorizeParams: { access_type: 'online', prompt: 'consent' } });
    expect(online.tokens.refreshToken).toBeUndefined();
    const again = await connect({ authorizeParams: { access_type: 'offline' } });
    expect(again.tokens.refreshToken).toBeUndefined();
    expect((await connect()).tokens.refreshToken).toBeDefined();
  });

  it('refreshes an expired access token; the API answers 401 (auth_expired) until then', async () => {
    const { tokens } = await connect();
    sim.google.oauth.expireAccessTokens();
    await expect(accounts(tokens)).rejects.toMatchObject({ kind: 'auth_expired', status: 401, retryable: false });
    const refreshed = await refreshTokens(spec, client, tokens, call);
    expect(refreshed.accessToken).not.toBe(tokens.accessToken);
    expect(refreshed.refreshToken).toBe(tokens.refreshToken); // Google keeps the refresh token
    expect((await accounts(refreshed))?.length).toBeGreaterThan(0);
  });

  it('after revocation a refresh fails with invalid_grant: auth_revoked, "reconnect"', async () => {
    const { tokens } = await connect();
    expect(await revokeToken(spec, client, tokens.refreshToken ?? '', call)).toBe(true);
    const refusal = refreshTokens(spec, client, tokens, call);
    await expect(refusal).rejects.toMatchObject({ kind: 'auth_revoked', oauthError: 'invalid_grant', retryable: false });
    await expect(refreshTokens(spec, client, tokens, call)).rejects.toThrow(
      /Token refresh failed.*Token has been expired or revoked.*reconnect/i,
    );
    await expect(accounts(tokens)).rejects.toMatchObject({ kind: 'auth_expired' });
  });

  it('authenticate turns the stored config into credentials, with the developer token and manager from settings', async () => {
    const { tokens } = await connect();
    const config = GoogleAdsConfig.parse({ tokens, developerToken: 'dev-token' });
    const settings = GoogleAdsSettings.parse({ loginCustomerId: '123-456-7890' });
    const ctx = createConnectorContext(googleAds, config, settings, { baseUrl: server.url });
    const auth = await googleAds.authenticate(config, ctx);
    expect(auth.credentials).toEqual({ accessToken: tokens.accessToken, developerToken: 'dev-token', loginCustomerId: '1234567890' });
    expect(auth.expiresAt?.toISOString()).toBe(tokens.expiresAt);
    expect(googleAds.secretsOf?.(auth.credentials)).toEqual([tokens.accessToken, 'dev-token']);
  });

  it('healthCheck is ok with a live token and auth_error with a rejected one', async () => {
    const { tokens } = await connect();
    const health = (accessToken: string) => {
      const credentials = { accessToken };
      return googleAds.healthCheck(
        credentials,
        createConnectorContext(googleAds, credentials, GoogleAdsSettings.parse({}), { baseUrl: server.url }),
      );
    };
    expect((await health(tokens.accessToken)).status).toBe('ok');
    expect((await health('ya29.unknown')).status).toBe('auth_error');
  });
});
