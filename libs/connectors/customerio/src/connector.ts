import { defineConnector } from '@tributary/core';
import { z } from 'zod';
import { CUSTOMERIO_API_BASE, CUSTOMERIO_API_VERSION } from './api.js';
import { classifyCustomerioError } from './errors.js';
import { CUSTOMERIO_MAPPINGS } from './mappings.js';
import { contacts } from './streams/contacts.js';

/** What a connection stores (encrypted): the API key. */
export const CustomerioConfig = z.object({ apiKey: z.string().trim().min(20, 'API keys have at least 20 characters') });
export type CustomerioConfig = z.infer<typeof CustomerioConfig>;

/** Non-secret settings an admin chooses (none yet). */
export const CustomerioSettings = z.object({});

/** Customer.io: contacts, read incrementally by `updated_at` (the catalog registers it). */
export const customerio = defineConnector({
  id: 'customerio',
  name: 'Customer.io',
  version: '0.1.0',
  category: 'marketing',
  description: 'Contacts from Customer.io.',
  docsUrl: 'https://docs.customerio.example/api',
  auth: {
    type: 'api_key',
    placement: 'header',
    name: 'Authorization',
    prefix: 'Bearer ',
    fields: [{ name: 'apiKey', label: 'API key', secret: true }],
    docsUrl: 'https://docs.customerio.example/api/authentication',
  },
  streams: [contacts],
  // An incremental sync with little changed is one request: cheap enough every 30 minutes.
  defaultSchedule: '*/30 * * * *',
  http: {
    baseUrl: CUSTOMERIO_API_BASE,
    headers: { 'Customerio-Version': CUSTOMERIO_API_VERSION },
    // Lists serve at most 100 items a page, and the next page's cursor until the last.
    pagination: { style: 'cursor', itemsPath: 'data', cursorParam: 'cursor', cursorPath: 'next_page', limitParam: 'limit', pageSize: 100 },
    // The vendor's limit per key: the platform paces every request of the connection within it.
    rateLimit: { perSecond: 10, remainingHeader: 'X-RateLimit-Remaining' },
  },
  configSchema: CustomerioConfig,
  settingsSchema: CustomerioSettings,
  authenticate: async (config: CustomerioConfig) => ({ credentials: config }),
  getSchema: () => CUSTOMERIO_MAPPINGS,
  // The cheapest authenticated request there is: one contact.
  health: { request: { path: '/v1/contacts', query: { limit: 1 } } },
  classifyError: classifyCustomerioError,
});
