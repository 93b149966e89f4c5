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
import { LinkedInAdsConfig, LinkedInAdsSettings } from './config.js';
import { LINKEDIN_OAUTH, linkedinAds } from './connector.js';
import { ACCESS_TOKEN_SECONDS, createLinkedInAdsSimulator, LINKEDIN_OAUTH_PATHS, type LinkedInAdsSimulator } from './sandbox/index.js';

const REDIRECT = 'http://127.0.0.1:3000/api/connectors/linkedin-ads/callback';
const client = { clientId: '78testclient', clientSecret: 'linkedin-test-secret', redirectUri: REDIRECT };
const call = { vendor: 'LinkedIn Ads' };

describe('LinkedIn OAuth with the core engine against the simulator (real HTTP)', () => {
  let sim: LinkedInAdsSimulator;
  let server: RunningServer;
  let spec: OAuth2AuthSpec;

  beforeAll(async () => {
    sim = createLinkedInAdsSimulator({ seed: 5, clients: [{ ...client, redirectUris: [REDIRECT] }] });
    server = await sim.start();
    if (linkedinAds.auth.type !== 'oauth2') throw new Error('LinkedIn Ads must use OAuth');
    const at = (path: string) => `${server.url}${path}`;
    spec = {
      ...linkedinAds.auth,
      authorizeUrl: at(LINKEDIN_OAUTH_PATHS.authorize),
      tokenUrl: at(LINKEDIN_OAUTH_PATHS.token),
      revokeUrl: at(LINKEDIN_OAUTH_PATHS.revoke),
    };
  });
  afterAll(() => server.close());

  const connect = async () => {
    const request = await createAuthorizationRequest(spec, client);
    const callback = new URL(await sim.linkedin.oauth.consent(request.url));
    return {
      request,
      tokens: await exchangeCode(spec, client, parseCallback(spec, client, callback, request.state, call), request.codeVerifier, call),
    };
  };
  const contextFor = (tokens: TokenSet) => {
    const config = LinkedInAdsConfig.parse({ tokens });
    return {
      config,
      ctx: createConnectorContext(linkedinAds, config, LinkedInAdsSettings.parse({}), { baseUrl: server.url, http: { retries: 0 } }),
    };
  };

  it("declares LinkedIn's endpoints and the two read scopes", () => {
    expect(linkedinAds.auth).toMatchObject({ ...LINKEDIN_OAUTH, scopes: ['r_ads', 'r_ads_reporting'], pkce: false });
  });

  it('consents and gets a 60-day access token with a refresh token; lists the active, non-test accounts', async () => {
    const { request, tokens } = await connect();
    expect(new URL(request.url).searchParams.get('scope')).toBe('r_ads r_ads_reporting');
    expect(tokens.refreshToken).toBeDefined();
    expect(Date.parse(tokens.expiresAt ?? '') - Date.parse(tokens.obtainedAt)).toBe(ACCESS_TOKEN_SECONDS * 1000);
    const { config, ctx } = contextFor(tokens);
    expect(await linkedinAds.listAccounts?.(config, ctx)).toEqual([
      { id: sim.accountId('us'), name: 'Northwind B2B US', currency: 'USD', timezone: 'UTC' },
      { id: sim.accountId('eu'), name: 'Northwind B2B EMEA', currency: 'EUR', timezone: 'UTC' },
    ]);
  });

  it('refreshes to a new access token, keeping the refresh token; after revocation the API answers REVOKED_ACCESS_TOKEN', async () => {
    const { tokens } = await connect();
    const refreshed = await refreshTokens(spec, client, tokens, call);
    expect(refreshed.accessToken).not.toBe(tokens.accessToken);
    expect(refreshed.refreshToken).toBe(tokens.refreshToken);
    const { config, ctx } = contextFor(refreshed);
    expect((await linkedinAds.healthCheck(config, ctx)).status).toBe('ok');
    expect(await revokeToken(spec, client, refreshed.refreshToken ?? '', call)).toBe(true);
    expect((await linkedinAds.healthCheck(config, ctx)).status).toBe('auth_error');
    await expect(linkedinAds.listAccounts?.(config, ctx)).rejects.toMatchObject({
      kind: 'auth_revoked',
      vendorCode: 'REVOKED_ACCESS_TOKEN',
    });
  });

  it('a token without r_ads_reporting reads accounts but not analytics (403 ACCESS_DENIED -> auth_revoked)', async () => {
    const tokens = await sim.linkedin.authorize('r_ads');
    const headers = { Authorization: `Bearer ${tokens.access_token}`, 'LinkedIn-Version': '202610', 'X-Restli-Protocol-Version': '2.0.0' };
    expect((await fetch(`${server.url}/rest/adAccounts?q=search`, { headers })).status).toBe(200);
    const refused = await fetch(`${server.url}/rest/adAnalytics?q=analytics`, { headers });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ status: 403, code: 'ACCESS_DENIED' });
  });

  it('refuses a request without LinkedIn-Version, with an inactive one, or with an unencoded URN in List()', async () => {
    const tokens = await sim.linkedin.authorize();
    const auth = { Authorization: `Bearer ${tokens.access_token}`, 'X-Restli-Protocol-Version': '2.0.0' };
    expect(await (await fetch(`${server.url}/rest/adAccounts?q=search`, { headers: auth })).json()).toMatchObject({
      status: 400,
      code: 'VERSION_MISSING',
    });
    const old = await fetch(`${server.url}/rest/adAccounts?q=search`, { headers: { ...auth, 'LinkedIn-Version': '202301' } });
    expect(old.status).toBe(426);
    const plain = `${server.url}/rest/adAnalytics?q=analytics&pivot=CAMPAIGN&timeGranularity=DAILY&dateRange=(start:(year:2026,month:10,day:1),end:(year:2026,month:10,day:2))&accounts=List(urn:li:sponsoredAccount:${sim.accountId('us')})`;
    const refused = await fetch(plain, { headers: { ...auth, 'LinkedIn-Version': '202610' } });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ message: expect.stringMatching(/must be URL-encoded/) });
  });
});
