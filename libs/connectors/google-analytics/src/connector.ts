import { checkHealth, defineConnector } from '@tributary/core';
import { listGoogleAnalyticsProperties, adminPath } from './admin.js';
import { GOOGLE_ANALYTICS_DATA_BASE, GOOGLE_ANALYTICS_SCOPE } from './api.js';
import { GoogleAnalyticsConfig, GoogleAnalyticsSettings } from './config.js';
import { classifyGoogleAnalyticsError } from './errors.js';
import { GOOGLE_ANALYTICS_MAPPINGS } from './mappings.js';
import { siteAnalytics } from './streams/index.js';

/**
 * Google's OAuth endpoints (https://developers.google.com/identity/protocols/oauth2/web-server):
 * offline access for a refresh token, the consent prompt so that every
 * (re)connection gets one, PKCE S256.
 */
export const GOOGLE_OAUTH = {
  authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
  tokenUrl: 'https://oauth2.googleapis.com/token',
  revokeUrl: 'https://oauth2.googleapis.com/revoke',
} as const;

/**
 * Google Analytics 4: sessions, users, page views, engagement and key
 * events by day, channel group and device of the selected properties,
 * re-reading the days GA4 is still processing.
 *
 * @example
 * registry.register(googleAnalytics);
 * const properties = await googleAnalytics.listAccounts?.(credentials, ctx); // pick, then store settings.propertyIds
 */
export const googleAnalytics = defineConnector({
  id: 'google-analytics',
  name: 'Google Analytics',
  version: '0.1.0',
  category: 'analytics',
  description: 'Daily sessions, users, page views, engagement and key events by channel group and device from GA4 properties.',
  docsUrl: 'https://developers.google.com/analytics/devguides/reporting/data/v1',
  auth: {
    type: 'oauth2',
    ...GOOGLE_OAUTH,
    scopes: [GOOGLE_ANALYTICS_SCOPE],
    pkce: true,
    authorizeParams: { access_type: 'offline', prompt: 'consent' },
    tokenAuthMethod: 'client_secret_post',
    docsUrl: 'https://developers.google.com/analytics/devguides/reporting/data/v1/quickstart-client-libraries',
  },
  streams: [siteAnalytics],
  // GA4 serves 10 concurrent requests per property; three properties at once stay well inside it.
  concurrency: 3,
  // GA4 processes a day for 24-48 h: every 6 hours re-reads the lookback without straining the token quota.
  defaultSchedule: '15 */6 * * *',
  http: {
    baseUrl: GOOGLE_ANALYTICS_DATA_BASE,
    timeoutMs: 120_000,
    // A standard property has 14,000 core tokens per project per hour; a report of a month of
    // daily rows costs about 10-20 tokens, so 600 requests an hour keep under half of it.
    quota: { calls: 600, perSeconds: 3_600 },
    rateLimit: { perSecond: 5 },
  },
  accountSelection: true,
  configSchema: GoogleAnalyticsConfig,
  settingsSchema: GoogleAnalyticsSettings,
  authenticate: async (config: GoogleAnalyticsConfig) => ({
    credentials: { accessToken: config.tokens.accessToken },
    ...(config.tokens.expiresAt ? { expiresAt: new Date(config.tokens.expiresAt) } : {}),
  }),
  listAccounts: (_credentials, ctx) => listGoogleAnalyticsProperties(ctx.http),
  // The console's property picker adds the chosen property to the synced ones.
  applyAccount: (settings: GoogleAnalyticsSettings, account) => ({
    ...settings,
    propertyIds: [...new Set([...settings.propertyIds, account.id])],
  }),
  getSchema: () => GOOGLE_ANALYTICS_MAPPINGS,
  // The cheapest authenticated call that needs no property selected: one account summary.
  healthCheck: (_credentials, ctx) =>
    checkHealth('Google Analytics', async () => {
      await ctx.http.request({ path: adminPath(ctx.http, '/accountSummaries'), query: { pageSize: 1 } });
    }),
  classifyError: (response) => classifyGoogleAnalyticsError(response),
});
