import { defineConnector, OAuthConfig } from '@tributary/core';
import { z } from 'zod';
import { GOOGLE_ANALYTICS_API_BASE, GOOGLE_ANALYTICS_API_VERSION } from './api.js';
import { classifyGoogleAnalyticsError } from './errors.js';
import { GOOGLE_ANALYTICS_MAPPINGS } from './mappings.js';
import { contacts } from './streams/contacts.js';

/** What a connection stores (encrypted): the tokens core's OAuth engine obtained, and refreshes before they expire. */
export const GoogleAnalyticsConfig = OAuthConfig;
export type GoogleAnalyticsConfig = z.infer<typeof GoogleAnalyticsConfig>;

/** Non-secret settings an admin chooses (none yet). */
export const GoogleAnalyticsSettings = z.object({});

/** Google Analytics: contacts, read incrementally by `updated_at` (the catalog registers it). */
export const googleAnalytics = defineConnector({
  id: 'google-analytics',
  name: 'Google Analytics',
  version: '0.1.0',
  category: 'analytics',
  description: 'Contacts from Google Analytics.',
  docsUrl: 'https://docs.google-analytics.example/api',
  auth: {
    type: 'oauth2',
    authorizeUrl: 'https://google-analytics.example/oauth/authorize',
    tokenUrl: 'https://api.google-analytics.example/oauth/token',
    revokeUrl: 'https://api.google-analytics.example/oauth/revoke',
    // Read-only access to what the streams read; PKCE S256 on every authorization.
    scopes: ['contacts.read'],
    pkce: true,
    docsUrl: 'https://docs.google-analytics.example/api/oauth',
  },
  streams: [contacts],
  // An incremental sync with little changed is one request: cheap enough every 30 minutes.
  defaultSchedule: '*/30 * * * *',
  http: {
    baseUrl: GOOGLE_ANALYTICS_API_BASE,
    headers: { 'GoogleAnalytics-Version': GOOGLE_ANALYTICS_API_VERSION },
    // Lists serve at most 100 items a page, and the next page's cursor until the last.
    pagination: { style: 'cursor', itemsPath: 'data', cursorParam: 'cursor', cursorPath: 'next_page', limitParam: 'limit', pageSize: 100 },
    // The vendor's limit per token: the platform paces every request of the connection within it.
    rateLimit: { perSecond: 10, remainingHeader: 'X-RateLimit-Remaining' },
  },
  configSchema: GoogleAnalyticsConfig,
  settingsSchema: GoogleAnalyticsSettings,
  authenticate: async (config: GoogleAnalyticsConfig) => ({
    credentials: { accessToken: config.tokens.accessToken },
    ...(config.tokens.expiresAt ? { expiresAt: new Date(config.tokens.expiresAt) } : {}),
  }),
  getSchema: () => GOOGLE_ANALYTICS_MAPPINGS,
  // The cheapest authenticated request there is: one contact.
  health: { request: { path: '/v1/contacts', query: { limit: 1 } } },
  classifyError: classifyGoogleAnalyticsError,
});
