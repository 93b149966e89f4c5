import { defineConnector } from '@tributary/core';
import { DELIVRAI_API_BASE, DELIVRAI_EVENTS_PATH, DELIVRAI_RATE } from './api.js';
import { DelivraiConfig, DelivraiSettings, type DelivraiCredentials } from './config.js';
import { classifyDelivraiError } from './errors.js';
import { DELIVRAI_MAPPINGS } from './mappings.js';
import { STREAMS } from './streams/index.js';

export { DelivraiConfig, DelivraiSettings } from './config.js';

/**
 * Delivr.ai (intent data): website-pixel events resolved to people and
 * companies, as `site_visit` / `intent_signal` activities, and the
 * companies seen as accounts, read with an API key (and secret) in windows
 * of at most 25 hours.
 */
export const delivrai = defineConnector({
  id: 'delivrai',
  name: 'Delivr.ai',
  version: '0.1.0',
  category: 'intent',
  description: 'Website visits and intent signals from Delivr.ai, resolved to people and companies.',
  docsUrl: 'https://docs.delivr.ai',
  auth: {
    type: 'api_key',
    placement: 'header',
    name: 'X-Api-Key',
    prefix: '',
    fields: [
      { name: 'apiKey', label: 'API key', secret: true, pattern: '^dlvr_', description: 'Delivr.ai: API keys (dlvr_...)' },
      {
        name: 'apiSecret',
        label: 'API secret (if your organization enforces it)',
        secret: true,
        required: false,
        description: 'Shown once, when the key is created',
      },
    ],
    docsUrl: 'https://docs.delivr.ai',
  },
  streams: STREAMS,
  // Windows since the last run plus an hour's overlap: a few requests; hourly keeps intent fresh.
  defaultSchedule: '15 * * * *',
  http: {
    baseUrl: DELIVRAI_API_BASE,
    timeoutMs: 30_000,
    retries: 4,
    // 25 requests a second per organization, bursts of 50, with X-RateLimit-Limit / X-RateLimit-Remaining.
    rateLimit: { ...DELIVRAI_RATE, limitHeader: 'X-RateLimit-Limit', remainingHeader: 'X-RateLimit-Remaining' },
  },
  configSchema: DelivraiConfig,
  settingsSchema: DelivraiSettings,
  authenticate: async (config: DelivraiConfig, ctx) => ({
    credentials: { apiKey: config.apiKey, apiSecret: config.apiSecret, organizationId: ctx.settings.organizationId },
  }),
  headers: (credentials: DelivraiCredentials) => ({
    ...(credentials.apiSecret ? { 'X-Api-Secret': credentials.apiSecret } : {}),
    ...(credentials.organizationId ? { 'x-organization-id': credentials.organizationId } : {}),
  }),
  getSchema: () => DELIVRAI_MAPPINGS,
  // The smallest authenticated read: one event.
  health: { request: { path: DELIVRAI_EVENTS_PATH, query: { limit: 1 } } },
  classifyError: classifyDelivraiError,
  secretsOf: (credentials: DelivraiCredentials) => [credentials.apiKey, ...(credentials.apiSecret ? [credentials.apiSecret] : [])],
});
