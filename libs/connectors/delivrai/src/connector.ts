import { defineConnector } from '@tributary/core';
import { z } from 'zod';
import { DELIVRAI_API_BASE, DELIVRAI_API_VERSION } from './api.js';
import { classifyDelivraiError } from './errors.js';
import { DELIVRAI_MAPPINGS } from './mappings.js';
import { contacts } from './streams/contacts.js';

/** What a connection stores (encrypted): the API key. */
export const DelivraiConfig = z.object({ apiKey: z.string().trim().min(20, 'API keys have at least 20 characters') });
export type DelivraiConfig = z.infer<typeof DelivraiConfig>;

/** Non-secret settings an admin chooses (none yet). */
export const DelivraiSettings = z.object({});

/** Delivr.ai: contacts, read incrementally by `updated_at` (the catalog registers it). */
export const delivrai = defineConnector({
  id: 'delivrai',
  name: 'Delivr.ai',
  version: '0.1.0',
  category: 'intent',
  description: 'Contacts from Delivr.ai.',
  docsUrl: 'https://docs.delivrai.example/api',
  auth: {
    type: 'api_key',
    placement: 'header',
    name: 'Authorization',
    prefix: 'Bearer ',
    fields: [{ name: 'apiKey', label: 'API key', secret: true }],
    docsUrl: 'https://docs.delivrai.example/api/authentication',
  },
  streams: [contacts],
  // An incremental sync with little changed is one request: cheap enough every 30 minutes.
  defaultSchedule: '*/30 * * * *',
  http: {
    baseUrl: DELIVRAI_API_BASE,
    headers: { 'Delivrai-Version': DELIVRAI_API_VERSION },
    // Lists serve at most 100 items a page, and the next page's cursor until the last.
    pagination: { style: 'cursor', itemsPath: 'data', cursorParam: 'cursor', cursorPath: 'next_page', limitParam: 'limit', pageSize: 100 },
    // The vendor's limit per key: the platform paces every request of the connection within it.
    rateLimit: { perSecond: 10, remainingHeader: 'X-RateLimit-Remaining' },
  },
  configSchema: DelivraiConfig,
  settingsSchema: DelivraiSettings,
  authenticate: async (config: DelivraiConfig) => ({ credentials: config }),
  getSchema: () => DELIVRAI_MAPPINGS,
  // The cheapest authenticated request there is: one contact.
  health: { request: { path: '/v1/contacts', query: { limit: 1 } } },
  classifyError: classifyDelivraiError,
});
