import { checkHealth, defineConnector } from '@tributary/core';
import { listGoogleAdsAccounts } from './accounts.js';
import { GOOGLE_ADS_API_BASE, GOOGLE_ADS_SCOPE } from './api.js';
import { GoogleAdsConfig, GoogleAdsCredentials, GoogleAdsSettings } from './config.js';
import { classifyGoogleAdsError, retryHint } from './errors.js';
import { legacyCursor } from './legacy.js';
import { GOOGLE_ADS_MAPPINGS } from './mappings.js';
import { listAccessibleCustomers } from './requests.js';
import { campaignMetrics } from './streams/index.js';

/**
 * Google's OAuth endpoints (https://developers.google.com/identity/protocols/oauth2/web-server):
 * offline access for a refresh token, the consent prompt so that every
 * (re)connection gets one, PKCE S256.
 *
 * @example
 * new URL(GOOGLE_OAUTH.authorizeUrl).host // 'accounts.google.com'
 */
export const GOOGLE_OAUTH = {
  authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
  tokenUrl: 'https://oauth2.googleapis.com/token',
  revokeUrl: 'https://oauth2.googleapis.com/revoke',
} as const;

/**
 * Google Ads: daily campaign metrics (impressions, clicks, cost, conversions)
 * of the selected accounts, read with GAQL through `googleAds:searchStream`;
 * every sync re-reads a restatement window so late conversions land.
 *
 * @example
 * registry.register(googleAds);
 * const accounts = await googleAds.listAccounts?.(credentials, ctx); // pick, then store settings.customerIds
 */
export const googleAds = defineConnector({
  id: 'google-ads',
  name: 'Google Ads',
  version: '0.1.0',
  category: 'ads',
  description: 'Daily campaign spend, impressions, clicks and conversions from Google Ads accounts (manager accounts included).',
  docsUrl: 'https://developers.google.com/google-ads/api/docs/start',
  auth: {
    type: 'oauth2',
    ...GOOGLE_OAUTH,
    scopes: [GOOGLE_ADS_SCOPE],
    pkce: true,
    authorizeParams: { access_type: 'offline', prompt: 'consent' },
    tokenAuthMethod: 'client_secret_post',
    docsUrl: 'https://developers.google.com/google-ads/api/docs/oauth/overview',
  },
  streams: [campaignMetrics],
  // Accounts (partitions) read four at a time: one searchStream each per date chunk, so the daily operations
  // quota is spent the same; a 429 (short-term or daily) holds the whole connection.
  concurrency: 4,
  legacyCursor,
  // Google updates metrics through the day and restates conversions for weeks: every 6 hours re-reads the window.
  defaultSchedule: '0 */6 * * *',
  http: { baseUrl: GOOGLE_ADS_API_BASE, timeoutMs: 120_000, retries: 4 },
  accountSelection: true,
  configSchema: GoogleAdsConfig,
  settingsSchema: GoogleAdsSettings,
  authenticate: async (config: GoogleAdsConfig, ctx) => {
    const credentials = GoogleAdsCredentials.parse({
      accessToken: config.tokens.accessToken,
      developerToken: config.developerToken,
      loginCustomerId: ctx.settings.loginCustomerId,
    });
    return { credentials, ...(config.tokens.expiresAt ? { expiresAt: new Date(config.tokens.expiresAt) } : {}) };
  },
  listAccounts: (credentials: GoogleAdsCredentials, ctx) => listGoogleAdsAccounts(credentials, ctx),
  // The console's account picker: sync the chosen account, read through its manager when it has one.
  applyAccount: (settings: GoogleAdsSettings, account) => ({
    ...settings,
    customerIds: [...new Set([...settings.customerIds, account.id])],
    loginCustomerIds: { ...settings.loginCustomerIds, ...(account.parentId ? { [account.id]: account.parentId } : {}) },
  }),
  getSchema: () => GOOGLE_ADS_MAPPINGS,
  // The cheapest authenticated call there is, and it needs no account selected.
  healthCheck: (credentials: GoogleAdsCredentials, ctx) =>
    checkHealth('Google Ads', async () => {
      await listAccessibleCustomers(ctx.http, credentials);
    }),
  classifyError: classifyGoogleAdsError,
  retryHint,
  secretsOf: (credentials: GoogleAdsCredentials) => [
    credentials.accessToken,
    ...(credentials.developerToken ? [credentials.developerToken] : []),
  ],
});
