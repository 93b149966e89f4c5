import { z } from 'zod';
import type { ConnectorDefinition } from '../connector/define.js';

const SampleConfig = z.object({ apiKey: z.string() });
type SampleConfig = z.infer<typeof SampleConfig>;

/**
 * A minimal valid connector definition for core's own tests; spread it and
 * override one field to test a rule.
 *
 * @example
 * defineConnector({ ...sampleDefinition(), id: 'Bad Id' }) // throws
 */
export function sampleDefinition(): ConnectorDefinition<SampleConfig, SampleConfig, Record<string, unknown>> {
  return {
    id: 'acme',
    name: 'Acme',
    version: '1.0.0',
    category: 'crm',
    description: 'Acme CRM contacts',
    auth: { type: 'api_key' },
    streams: [{ name: 'contacts', entity: 'person', description: 'Contacts' }],
    defaultSchedule: '0 */4 * * *',
    http: { baseUrl: 'https://api.acme.test', headers: { 'Acme-Version': '2024-01-01' } },
    configSchema: SampleConfig,
    settingsSchema: z.record(z.string(), z.unknown()),
    authenticate: async (config) => ({ credentials: config }),
    sync: async () => ({ records: [], cursor: null, hasMore: false, syncedAt: new Date(0), stats: { created: 0, updated: 0, errors: 0 } }),
    getSchema: () => [
      { stream: 'contacts', source: 'id', target: 'externalId' },
      { stream: 'contacts', source: 'email', target: 'email', transform: 'lowercase' },
    ],
    healthCheck: async () => ({ status: 'ok', checkedAt: new Date(0), latencyMs: 0 }),
  };
}
