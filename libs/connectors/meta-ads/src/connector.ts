import { checkHealth, defineConnector } from '@tributary/core';
import { z } from 'zod';
import { listMetaAccounts } from './accounts.js';
import { META_ADS_SCOPE, META_API_VERSION, META_GRAPH_BASE } from './api.js';
import { MetaAdsConfig, MetaAdsCredentials, MetaAdsSettings } from './config.js';
import { classifyMetaError } from './errors.js';
import { META_ADS_MAPPINGS } from './mappings.js';
import { graphPath } from './requests.js';
import { campaignMetrics } from './streams/index.js';

/**
 * Meta's OAuth endpoints (https://developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow):
 * the login dialog on www.facebook.com, the code exchange and the long-lived
 * token exchange on the Graph host. No PKCE (the app secret authenticates the
 * exchange), no revoke endpoint (Meta's is `DELETE /me/permissions`).
 *
 * @example
 * new URL(META_OAUTH.tokenUrl).pathname // '/v26.0/oauth/access_token'
 */
export const META_OAUTH = {
  authorizeUrl: `https://www.facebook.com/${META_API_VERSION}/dialog/oauth`,
  tokenUrl: `${META_GRAPH_BASE}/${META_API_VERSION}/oauth/access_token`,
} as const;

const MetaSuccess = z.object({ success: z.boolean() });

/**
 * Meta Ads: daily campaign insights (impressions, clicks, spend, leads,
 * conversions) of the selected ad accounts through the Marketing API; every
 * sync re-reads the attribution window so late conversions land.
 *
 * @example
 * registry.register(metaAds);
 * const accounts = await metaAds.listAccounts?.(credentials, ctx); // pick, then store settings.accountIds
 */
export const metaAds = defineConnector({
  id: 'meta-ads',
  name: 'Meta Ads',
  version: '0.1.0',
  category: 'ads',
  description: 'Daily campaign spend, impressions, clicks, leads and conversions from Meta (Facebook and Instagram) ad accounts.',
  docsUrl: 'https://developers.facebook.com/docs/marketing-api/insights',
  auth: {
    type: 'oauth2',
    ...META_OAUTH,
    scopes: [META_ADS_SCOPE],
    scopeSeparator: ',',
    pkce: false,
    tokenAuthMethod: 'client_secret_post',
    // No refresh token: the long-lived token lives about 60 days, and the console warns before it ends.
    tokenResponse: { noRefreshToken: true, noExpiry: false },
    tokenExchange: { grantType: 'fb_exchange_token', tokenParam: 'fb_exchange_token' },
    docsUrl: 'https://developers.facebook.com/docs/facebook-login/guides/access-tokens/get-long-lived',
  },
  streams: [campaignMetrics],
  // Ad accounts (partitions) read four at a time; Meta's own limits are per ad account and business use case.
  concurrency: 4,
  // Meta updates insights through the day and attributes conversions late: every 6 hours re-reads the window.
  defaultSchedule: '0 */6 * * *',
  http: {
    baseUrl: META_GRAPH_BASE,
    timeoutMs: 120_000,
    retries: 4,
    // Meta's limits are dynamic (business use case points, shown in the usage headers); this paces a connection
    // well inside the standard tier, and throttling answers hold it for Meta's estimated_time_to_regain_access.
    rateLimit: { perSecond: 4, burst: 8 },
  },
  accountSelection: true,
  configSchema: MetaAdsConfig,
  settingsSchema: MetaAdsSettings,
  authenticate: async (config: MetaAdsConfig) => ({
    credentials: MetaAdsCredentials.parse({ accessToken: config.tokens.accessToken }),
    ...(config.tokens.expiresAt ? { expiresAt: new Date(config.tokens.expiresAt) } : {}),
  }),
  listAccounts: (_credentials: MetaAdsCredentials, ctx) => listMetaAccounts(ctx),
  // The console's account picker: add the chosen ad account to the synced ones.
  applyAccount: (settings: MetaAdsSettings, account) => ({
    ...settings,
    accountIds: [...new Set([...settings.accountIds, account.id])],
  }),
  getSchema: () => META_ADS_MAPPINGS,
  // The cheapest authenticated call: who the token belongs to.
  healthCheck: (_credentials: MetaAdsCredentials, ctx) =>
    checkHealth('Meta Ads', async () => {
      await ctx.http.request({ path: graphPath('me'), query: { fields: 'id' } });
    }),
  // Disconnecting removes the app's permissions from the login (https://developers.facebook.com/docs/facebook-login/guides/permissions/request-revoke).
  revokeAccess: async (_config: MetaAdsConfig, ctx) => {
    await ctx.http.request({ method: 'DELETE', path: graphPath('me/permissions') }, MetaSuccess);
  },
  classifyError: classifyMetaError,
  secretsOf: (credentials: MetaAdsCredentials) => [credentials.accessToken],
});
