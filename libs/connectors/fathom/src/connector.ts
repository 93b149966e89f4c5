import { defineConnector } from '@tributary/core';
import { FATHOM_API_BASE, FATHOM_PAGINATION, FATHOM_RATE } from './api.js';
import { FathomConfig, FathomSettings, type FathomCredentials } from './config.js';
import { classifyFathomError } from './errors.js';
import { FATHOM_MAPPINGS } from './mappings.js';
import { STREAMS } from './streams/index.js';
import { verifyFathomWebhook } from './webhook.js';

/**
 * Fathom (AI meeting recorder): recorded meetings as activities, their
 * participants (internal or external, with the speakers matched to them)
 * and their external invitees as people, read with an API key. Incremental
 * syncs read meetings created since the last one seen (minus an overlap);
 * webhooks deliver new meetings as they are ready.
 */
export const fathom = defineConnector({
  id: 'fathom',
  name: 'Fathom',
  version: '0.1.0',
  category: 'meetings',
  description: 'Recorded meetings from Fathom: who met whom (internal or external), when, for how long, and who spoke.',
  docsUrl: 'https://developers.fathom.ai/api-overview',
  auth: {
    type: 'api_key',
    placement: 'header',
    name: 'X-Api-Key',
    prefix: '',
    fields: [
      { name: 'apiKey', label: 'API key', secret: true, description: 'Fathom: User settings, API Access, Generate API key' },
      {
        name: 'webhookSecret',
        label: 'Webhook secret (optional)',
        secret: true,
        required: false,
        pattern: '^whsec_',
        description: 'Shown when a webhook is added under API Access; lets Fathom push new meetings as they are ready',
      },
    ],
    docsUrl: 'https://developers.fathom.ai/api-overview',
  },
  streams: STREAMS,
  // A run reads the last day again (a few calls): hourly keeps meetings fresh; webhooks bring them sooner.
  defaultSchedule: '0 * * * *',
  http: {
    baseUrl: FATHOM_API_BASE,
    timeoutMs: 30_000,
    retries: 4,
    pagination: FATHOM_PAGINATION,
    // 60 calls in a 60-second window per account (https://developers.fathom.ai/api-overview), paced by the platform's shared ledger.
    rateLimit: { ...FATHOM_RATE, limitHeader: 'RateLimit-Limit', remainingHeader: 'RateLimit-Remaining', resetHeader: 'RateLimit-Reset' },
  },
  configSchema: FathomConfig,
  settingsSchema: FathomSettings,
  authenticate: async (config: FathomConfig) => ({ credentials: { apiKey: config.apiKey } }),
  getSchema: () => FATHOM_MAPPINGS,
  // The smallest list the key can read (https://developers.fathom.ai/api-overview): teams, not ten meetings with their invitees.
  health: { request: { path: '/teams' } },
  classifyError: classifyFathomError,
  secretsOf: (credentials: FathomCredentials) => [credentials.apiKey],
  verifyWebhook: (config: FathomConfig, delivery, now) => verifyFathomWebhook(config.webhookSecret, delivery.body, delivery.headers, now),
});
