import { z } from 'zod';
import { validateMappings } from '../mapping/field-mapping.js';
import { ConnectorManifest, type ConnectorManifestInput } from './manifest.js';
import type { AnyConnector, Connector, ConnectorImplementation } from './types.js';

export type ConnectorDefinition<TConfig, TCredentials, TSettings> = ConnectorManifestInput &
  ConnectorImplementation<TConfig, TCredentials, TSettings>;

/**
 * Declare a connector: mostly data (validated by the manifest schema), with
 * code by reference for the parts that talk to the vendor. Throws when the
 * manifest is invalid or a default mapping targets a field or stream that
 * does not exist.
 *
 * @example
 * export const acme = defineConnector({
 *   id: 'acme', name: 'Acme', version: '1.0.0', category: 'crm', description: 'Acme CRM contacts',
 *   auth: { type: 'api_key' }, streams: [{ name: 'contacts', entity: 'person', description: 'Contacts' }],
 *   defaultSchedule: '0 *\/4 * * *', http: { baseUrl: 'https://api.acme.test' },
 *   configSchema: z.object({ apiKey: z.string() }), settingsSchema: z.object({}),
 *   authenticate: async (config) => ({ credentials: config }),
 *   sync: async () => ({ records: [], cursor: null, hasMore: false, syncedAt: new Date(), stats: { created: 0, updated: 0, errors: 0 } }),
 *   getSchema: () => [{ stream: 'contacts', source: 'id', target: 'externalId' }],
 *   healthCheck: async () => ({ status: 'ok', checkedAt: new Date(), latencyMs: 0 }),
 * });
 */
export function defineConnector<TConfig, TCredentials, TSettings>(
  definition: ConnectorDefinition<TConfig, TCredentials, TSettings>,
): Connector<TConfig, TCredentials, TSettings> {
  const parsed = ConnectorManifest.safeParse(definition);
  if (!parsed.success) {
    throw new Error(`Invalid connector manifest "${String(definition.id)}": ${z.prettifyError(parsed.error)}`);
  }
  const manifest = parsed.data;
  const issues = validateMappings(definition.getSchema(), manifest.streams);
  if (issues.length > 0) {
    throw new Error(`Invalid default mappings in "${manifest.id}": ${issues.map((i) => `#${i.index} ${i.message}`).join('; ')}`);
  }
  return Object.freeze({ ...definition, ...manifest }) as Connector<TConfig, TCredentials, TSettings>;
}

/** The manifest half of a connector (for catalogs and the GraphQL `connectorTypes`). */
export function manifestOf(connector: AnyConnector): ConnectorManifest {
  return ConnectorManifest.parse(connector);
}
