import { defineConnector } from '@tributary/core';
import { z } from 'zod';
import { CLARITY_API_BASE, CLARITY_API_VERSION } from './api.js';
import { classifyClarityError } from './errors.js';
import { CLARITY_MAPPINGS } from './mappings.js';
import { contacts } from './streams/contacts.js';

/** What a connection stores (encrypted): the API key. */
export const ClarityConfig = z.object({ apiKey: z.string().trim().min(20, 'API keys have at least 20 characters') });
export type ClarityConfig = z.infer<typeof ClarityConfig>;

/** Non-secret settings an admin chooses (none yet). */
export const ClaritySettings = z.object({});

/** Microsoft Clarity: contacts, read incrementally by `updated_at` (the catalog registers it). */
export const clarity = defineConnector({
  id: 'clarity',
  name: 'Microsoft Clarity',
  version: '0.1.0',
  category: 'analytics',
  description: 'Contacts from Microsoft Clarity.',
  docsUrl: 'https://docs.clarity.example/api',
  auth: {
    type: 'api_key',
    placement: 'header',
    name: 'Authorization',
    prefix: 'Bearer ',
    fields: [{ name: 'apiKey', label: 'API key', secret: true }],
    docsUrl: 'https://docs.clarity.example/api/authentication',
  },
  streams: [contacts],
  // An incremental sync with little changed is one request: cheap enough every 30 minutes.
  defaultSchedule: '*/30 * * * *',
  http: {
    baseUrl: CLARITY_API_BASE,
    headers: { 'Clarity-Version': CLARITY_API_VERSION },
    // Lists serve at most 100 items a page, and the next page's cursor until the last.
    pagination: { style: 'cursor', itemsPath: 'data', cursorParam: 'cursor', cursorPath: 'next_page', limitParam: 'limit', pageSize: 100 },
    // The vendor's limit per key: the platform paces every request of the connection within it.
    rateLimit: { perSecond: 10, remainingHeader: 'X-RateLimit-Remaining' },
  },
  configSchema: ClarityConfig,
  settingsSchema: ClaritySettings,
  authenticate: async (config: ClarityConfig) => ({ credentials: config }),
  getSchema: () => CLARITY_MAPPINGS,
  // The cheapest authenticated request there is: one contact.
  health: { request: { path: '/v1/contacts', query: { limit: 1 } } },
  classifyError: classifyClarityError,
});
