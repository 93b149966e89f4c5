import {
  createAuthorizationRequest,
  createConnectorContext,
  exchangeCode,
  expiresSoonWithoutRefresh,
  parseCallback,
  refreshTokens,
  type OAuth2AuthSpec,
  type TokenSet,
} from '@tributary/core';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MetaAdsConfig, MetaAdsSettings } from './config.js';
import { META_OAUTH, metaAds } from './connector.js';
import { createMetaAdsSimulator, LONG_LIVED_SECONDS, metaOAuthPaths, type MetaAdsSimulator } from './sandbox/index.js';

const REDIRECT = 'http://127.0.0.1:3000/api/connectors/meta-ads/callback';
const client = { clientId: '987654321098765', clientSecret: 'meta-test-secret', redirectUri: REDIRECT };
const call = { vendor: 'Meta Ads' };
const DAY = 86_400_000;

describe('Meta login with the core engine against the simulator (real HTTP)', () => {
  let sim: MetaAdsSimulator;
  let server: RunningServer;
  let spec: OAuth2AuthSpec;

  beforeAll(async () => {
    sim = createMetaAdsSimulator({ seed: 5, clients: [{ ...client, redirectUris: [REDIRECT] }] });
    server = await sim.start();
    if (metaAds.auth.type !== 'oauth2') throw new Error('Meta Ads must use OAuth');
    const paths = metaOAuthPaths('v26.0');
    spec = { ...metaAds.auth, authorizeUrl: `${server.url}${paths.authorize}`, tokenUrl: `${server.url}${paths.token}` };
  });
  afterAll(() => server.close());

  const connect = async () => {
    const request = await createAuthorizationRequest(spec, client);
    const callback = new URL(await sim.meta.oauth.consent(request.url));
    const params = parseCallback(spec, client, callback, request.state, call);
    return { request, tokens: await exchangeCode(spec, client, params, request.codeVerifier, call) };
  };
  const contextFor = (tokens: TokenSet) => {
    const config = MetaAdsConfig.parse({ tokens });
    return {
      config,
      ctx: createConnectorContext(metaAds, config, MetaAdsSettings.parse({}), { baseUrl: server.url, http: { retries: 0 } }),
    };
  };

  it("declares Meta's login dialog and token endpoint, ads_read, no PKCE, no refresh token and the long-lived exchange", () => {
    expect(metaAds.auth).toMatchObject({
      type: 'oauth2',
      authorizeUrl: 'https://www.facebook.com/v26.0/dialog/oauth',
      tokenUrl: 'https://graph.facebook.com/v26.0/oauth/access_token',
      scopes: ['ads_read'],
      pkce: false,
      tokenResponse: { noRefreshToken: true },
      tokenExchange: { grantType: 'fb_exchange_token', tokenParam: 'fb_exchange_token' },
    });
    expect(META_OAUTH.tokenUrl).toBe('https://graph.facebook.com/v26.0/oauth/access_token');
    expect(metaAds.accountSelection).toBe(true);
  });

  it('consents, exchanges the code, then trades the short token for a ~60-day one without a refresh token', async () => {
    const { request, tokens } = await connect();
    const url = new URL(request.url);
    expect(url.searchParams.get('scope')).toBe('ads_read');
    expect(url.searchParams.get('code_challenge')).toBeNull();
    expect(await (await fetch(request.url)).text()).toMatch(/<button[^>]*value="allow"/);
    expect(tokens.refreshToken).toBeUndefined();
    const lifetime = Date.parse(tokens.expiresAt ?? '') - Date.parse(tokens.obtainedAt);
    expect(lifetime).toBe(LONG_LIVED_SECONDS * 1000);
    const exchanges = sim.requests
      .filter({ path: '/v26.0/oauth/access_token' })
      .map((r) => `${r.method} ${r.query['grant_type']?.[0] ?? 'form'}`);
    expect(exchanges.slice(-2)).toEqual(['POST form', 'GET fb_exchange_token']);
    const { config, ctx } = contextFor(tokens);
    expect((await metaAds.listAccounts?.(config, ctx))?.length).toBeGreaterThan(0);
  });

  it('cannot be refreshed: the platform warns a week before the long-lived token ends instead', async () => {
    const { tokens } = await connect();
    await expect(refreshTokens(spec, client, tokens, call)).rejects.toMatchObject({ kind: 'auth_revoked' });
    const obtained = Date.parse(tokens.obtainedAt);
    expect(expiresSoonWithoutRefresh(tokens, new Date(obtained + 50 * DAY))).toBe(false);
    expect(expiresSoonWithoutRefresh(tokens, new Date(obtained + 54 * DAY))).toBe(true);
  });

  it('lists the ad accounts with currency and time zone, closed ones named so', async () => {
    const { config, ctx } = contextFor((await connect()).tokens);
    const accounts = await metaAds.listAccounts?.(config, ctx);
    expect(accounts).toEqual([
      { id: sim.accountId('us'), name: 'Northwind Outfitters US', currency: 'USD', timezone: 'America/Los_Angeles' },
      { id: sim.accountId('eu'), name: 'Northwind Outfitters EU', currency: 'EUR', timezone: 'Europe/Berlin' },
      { id: sim.accountId('jp'), name: 'Sakura Goods', currency: 'JPY', timezone: 'Asia/Tokyo' },
      { id: sim.accountId('closed'), name: 'Old Brand (closed)', currency: 'GBP', timezone: 'Europe/London' },
    ]);
  });

  it('healthCheck is ok with a live token and auth_error after the app was removed (DELETE /me/permissions)', async () => {
    const { tokens } = await connect();
    const { config, ctx } = contextFor(tokens);
    const auth = await metaAds.authenticate(config, ctx);
    expect(auth).toMatchObject({ credentials: { accessToken: tokens.accessToken }, expiresAt: new Date(tokens.expiresAt ?? '') });
    expect(metaAds.secretsOf?.(auth.credentials)).toEqual([tokens.accessToken]);
    expect((await metaAds.healthCheck(auth.credentials, ctx)).status).toBe('ok');
    await metaAds.revokeAccess?.(config, ctx);
    expect((await metaAds.healthCheck(auth.credentials, ctx)).status).toBe('auth_error');
    await expect(metaAds.listAccounts?.(config, ctx)).rejects.toMatchObject({ kind: 'auth_revoked', vendorCode: '190/463' });
  });
});
