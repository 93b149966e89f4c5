import { checkHealth, defineConnector } from '@tributary/core';
import { listLinkedInAccounts } from './accounts.js';
import { LINKEDIN_ADS_SCOPES, LINKEDIN_API_BASE, LINKEDIN_API_VERSION, RESTLI_PROTOCOL_VERSION } from './api.js';
import { LinkedInAdsConfig, LinkedInAdsCredentials, LinkedInAdsSettings } from './config.js';
import { classifyLinkedInError, retryHint } from './errors.js';
import { LINKEDIN_ADS_MAPPINGS } from './mappings.js';
import { campaignMetrics } from './streams/index.js';

/**
 * LinkedIn's OAuth endpoints (https://learn.microsoft.com/en-us/linkedin/shared/authentication/authorization-code-flow).
 * The revoke endpoint is [unconfirmed] (3°: not in LinkedIn's Marketing docs we hold).
 *
 * @example
 * new URL(LINKEDIN_OAUTH.tokenUrl).pathname // '/oauth/v2/accessToken'
 */
export const LINKEDIN_OAUTH = {
  authorizeUrl: 'https://www.linkedin.com/oauth/v2/authorization',
  tokenUrl: 'https://www.linkedin.com/oauth/v2/accessToken',
  revokeUrl: 'https://www.linkedin.com/oauth/v2/revoke',
} as const;

/**
 * LinkedIn Ads: daily campaign analytics (impressions, clicks, cost,
 * Lead Gen Form leads, website conversions) of the selected ad accounts,
 * from the Marketing API's adAnalytics finder, re-reading a restatement window.
 *
 * @example
 * registry.register(linkedinAds);
 * const accounts = await linkedinAds.listAccounts?.(credentials, ctx); // pick, then store settings.accountIds
 */
export const linkedinAds = defineConnector({
  id: 'linkedin-ads',
  name: 'LinkedIn Ads',
  version: '0.1.0',
  category: 'ads',
  description: 'Daily campaign spend, impressions, clicks, Lead Gen Form leads and website conversions from LinkedIn ad accounts.',
  docsUrl: 'https://learn.microsoft.com/en-us/linkedin/marketing/integrations/ads-reporting/ads-reporting',
  auth: {
    type: 'oauth2',
    ...LINKEDIN_OAUTH,
    scopes: [...LINKEDIN_ADS_SCOPES],
    scopeSeparator: ' ',
    pkce: false,
    tokenAuthMethod: 'client_secret_post',
    docsUrl: 'https://learn.microsoft.com/en-us/linkedin/shared/authentication/programmatic-refresh-tokens',
  },
  streams: [campaignMetrics],
  // Ad accounts (partitions) read four at a time; LinkedIn's limits are daily, per app and per member.
  concurrency: 4,
  defaultSchedule: '0 */6 * * *',
  http: {
    baseUrl: LINKEDIN_API_BASE,
    headers: { 'LinkedIn-Version': LINKEDIN_API_VERSION, 'X-Restli-Protocol-Version': RESTLI_PROTOCOL_VERSION },
    timeoutMs: 120_000,
    retries: 4,
    // LinkedIn publishes its daily limits only in the Developer Portal: this paces a connection; a 429 waits for midnight UTC.
    rateLimit: { perSecond: 5, burst: 10 },
  },
  accountSelection: true,
  configSchema: LinkedInAdsConfig,
  settingsSchema: LinkedInAdsSettings,
  authenticate: async (config: LinkedInAdsConfig) => ({
    credentials: LinkedInAdsCredentials.parse({ accessToken: config.tokens.accessToken }),
    ...(config.tokens.expiresAt ? { expiresAt: new Date(config.tokens.expiresAt) } : {}),
  }),
  listAccounts: (_credentials: LinkedInAdsCredentials, ctx) => listLinkedInAccounts(ctx),
  applyAccount: (settings: LinkedInAdsSettings, account) => ({
    ...settings,
    accountIds: [...new Set([...settings.accountIds, account.id])],
  }),
  getSchema: () => LINKEDIN_ADS_MAPPINGS,
  // One page of one account: the cheapest call that needs the token and r_ads.
  healthCheck: (_credentials: LinkedInAdsCredentials, ctx) =>
    checkHealth('LinkedIn Ads', async () => {
      await ctx.http.request({ path: '/rest/adAccounts?q=search&pageSize=1' });
    }),
  classifyError: (response) => classifyLinkedInError(response),
  retryHint,
  secretsOf: (credentials: LinkedInAdsCredentials) => [credentials.accessToken],
});
