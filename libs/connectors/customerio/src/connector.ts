import { defineConnector } from '@tributary/core';
import { CUSTOMERIO_API_BASE, CUSTOMERIO_REQUESTS_PER_SECOND } from './api.js';
import { CustomerioConfig, CustomerioSettings, regionBase, type CustomerioCredentials } from './config.js';
import { classifyCustomerioError } from './errors.js';
import { CUSTOMERIO_MAPPINGS } from './mappings.js';
import { STREAMS } from './streams/index.js';
import { verifyCustomerioWebhook } from './webhook.js';

export { CustomerioConfig, CustomerioSettings } from './config.js';

/**
 * Customer.io (marketing automation): people with their email and names,
 * and every message delivery with what happened to it (delivered, opened,
 * clicked, bounced...) as activities, read with an App API key from the
 * workspace's region. Reporting webhooks bring the events as they happen.
 */
export const customerio = defineConnector({
  id: 'customerio',
  name: 'Customer.io',
  version: '0.1.0',
  category: 'marketing',
  description: 'People and message engagement from Customer.io: who was sent what, and who opened, clicked or bounced.',
  docsUrl: 'https://docs.customer.io/integrations/api/app/',
  auth: {
    type: 'api_key',
    placement: 'header',
    name: 'Authorization',
    prefix: 'Bearer ',
    fields: [
      { name: 'apiKey', label: 'App API key', secret: true, description: 'Customer.io: Account Settings, API Credentials, App API Keys' },
      {
        name: 'webhookSigningKey',
        label: 'Reporting webhook signing key (optional)',
        secret: true,
        required: false,
        description:
          'Shown with a reporting webhook (Data & Integrations, Reporting Webhooks); lets Customer.io push events as they happen',
      },
    ],
    docsUrl: 'https://docs.customer.io/integrations/api/app/',
  },
  streams: STREAMS,
  // People are read whole every run: every six hours; deliveries' events arrive sooner by webhook.
  defaultSchedule: '0 */6 * * *',
  http: {
    baseUrl: CUSTOMERIO_API_BASE,
    timeoutMs: 30_000,
    retries: 4,
    // 10 requests a second for most App API calls (https://docs.customer.io/integrations/api/app/).
    rateLimit: { perSecond: CUSTOMERIO_REQUESTS_PER_SECOND, burst: CUSTOMERIO_REQUESTS_PER_SECOND },
  },
  configSchema: CustomerioConfig,
  settingsSchema: CustomerioSettings,
  authenticate: async (config: CustomerioConfig, ctx) => ({
    credentials: { apiKey: config.apiKey, baseUrl: regionBase(ctx.settings) },
  }),
  baseUrl: (credentials: CustomerioCredentials) => credentials.baseUrl,
  getSchema: () => CUSTOMERIO_MAPPINGS,
  // The smallest authenticated read: one delivery.
  health: { request: { path: '/v1/messages', query: { limit: 1 } } },
  classifyError: classifyCustomerioError,
  secretsOf: (credentials: CustomerioCredentials) => [credentials.apiKey],
  verifyWebhook: (config: CustomerioConfig, delivery, now) =>
    verifyCustomerioWebhook(config.webhookSigningKey, delivery.body, delivery.headers, now),
});
