import { z } from 'zod';
import type { HttpRequest } from '../http/client.js';
import { validateMappings } from '../mapping/field-mapping.js';
import type { SyncCursor } from '../streams/cursor.js';
import type { FeedSpec } from '../streams/feed.js';
import { createStreamSync } from '../streams/runner.js';
import type { AnyStream } from '../streams/types.js';
import { requestHealthCheck } from './health.js';
import { ConnectorManifest, type ConnectorManifestInput, type StreamSpecInput } from './manifest.js';
import type { Connector, ConnectorImplementation } from './types.js';

/** What a connector declares about reading its streams, besides the streams themselves. */
export interface ReadDeclaration<TSettings> {
  /** Change feeds the `eventsReplay` streams name. */
  feeds?: Record<string, FeedSpec<TSettings>>;
  /** Slices (partitions, split ranges, streams) read at once; the connection's rate limiter paces them (default 1). */
  concurrency?: number;
  /** Translate a cursor this connector stored before it used declared streams, so stored checkpoints still resume. */
  legacyCursor?(value: unknown): SyncCursor | null;
  /** A cheap request whose success proves the credentials work: the default `healthCheck`. */
  health?: { request: HttpRequest };
}

export type ConnectorDefinition<TConfig, TCredentials, TSettings> = Omit<ConnectorManifestInput, 'streams'> &
  Omit<ConnectorImplementation<TConfig, TCredentials, TSettings>, 'sync' | 'healthCheck'> &
  Partial<Pick<ConnectorImplementation<TConfig, TCredentials, TSettings>, 'sync' | 'healthCheck'>> &
  ReadDeclaration<TSettings> & {
    /** Declared streams (core reads them), or data-only streams when the connector codes its own `sync`. */
    streams: readonly (StreamSpecInput | AnyStream)[];
  };

const isDeclared = (s: StreamSpecInput | AnyStream): s is AnyStream => typeof s.incremental === 'object';

/** The data half of a stream, as the manifest (and the pipeline) knows it. */
function dataOf(s: StreamSpecInput | AnyStream): StreamSpecInput {
  if (!isDeclared(s)) return s;
  return {
    name: s.name,
    entity: s.entity,
    description: s.description,
    ...(s.primaryKey ? { primaryKey: s.primaryKey } : {}),
    incremental: s.incremental.type !== 'fullRefresh',
  };
}

/** A stream's data half and its children's (each child is a stream of its own to the pipeline). */
function withChildren(s: StreamSpecInput | AnyStream): StreamSpecInput[] {
  const children = isDeclared(s) ? (s.children ?? []) : [];
  return [
    dataOf(s),
    ...children.map((c) => ({
      name: c.name,
      entity: c.entity,
      description: c.description,
      ...(c.primaryKey ? { primaryKey: c.primaryKey } : {}),
    })),
  ];
}

function invalid(id: unknown, message: string): Error {
  return new Error(`Invalid connector manifest "${String(id)}": ${message}`);
}

/**
 * Declare a connector: mostly data (validated by the manifest schema),
 * declared streams that core reads (requests, pagination, incremental
 * strategy, partitions, records and dead letters), and code by reference
 * for the parts that talk to the vendor in its own way. Throws when the
 * manifest is invalid, when a default mapping targets a field or stream
 * that does not exist, or when a stream is neither declared nor read by a
 * `sync` of the connector's own.
 *
 * @example
 * export const acme = defineConnector({
 *   id: 'acme', name: 'Acme', version: '1.0.0', category: 'crm', description: 'Acme CRM contacts',
 *   auth: { type: 'api_key' }, defaultSchedule: '0 *\/4 * * *',
 *   http: { baseUrl: 'https://api.acme.test', pagination: { style: 'cursor', itemsPath: 'data', cursorParam: 'after', cursorPath: 'next' } },
 *   streams: [defineStream({ name: 'contacts', entity: 'person', description: 'Contacts', request: { path: '/contacts' },
 *     schema: AcmeContact, incremental: { type: 'updatedSince', cursorField: 'updated_at' } })],
 *   health: { request: { path: '/me' } },
 *   configSchema: z.object({ apiKey: z.string() }), settingsSchema: z.object({}),
 *   authenticate: async (config) => ({ credentials: config }),
 *   getSchema: () => [{ stream: 'contacts', source: 'id', target: 'externalId' }],
 * });
 */
export function defineConnector<TConfig, TCredentials, TSettings>(
  definition: ConnectorDefinition<TConfig, TCredentials, TSettings>,
): Connector<TConfig, TCredentials, TSettings> {
  const parsed = ConnectorManifest.safeParse({ ...definition, streams: definition.streams.flatMap(withChildren) });
  if (!parsed.success) throw invalid(definition.id, z.prettifyError(parsed.error));
  const manifest = parsed.data;
  const issues = validateMappings(definition.getSchema(), manifest.streams);
  if (issues.length > 0) {
    throw new Error(`Invalid default mappings in "${manifest.id}": ${issues.map((i) => `#${i.index} ${i.message}`).join('; ')}`);
  }
  const declared = definition.streams.filter(isDeclared);
  if (!definition.sync && declared.length !== definition.streams.length) {
    throw invalid(
      manifest.id,
      'every stream must be declared (request or read, schema, incremental) unless the connector codes its own sync',
    );
  }
  const sync =
    definition.sync ??
    createStreamSync({
      vendor: manifest.name,
      streams: declared,
      feeds: (definition.feeds ?? {}) as Record<string, FeedSpec>,
      pagination: manifest.http.pagination,
      concurrency: definition.concurrency ?? 1,
      legacyCursor: definition.legacyCursor,
    });
  const healthCheck =
    definition.healthCheck ?? (definition.health ? requestHealthCheck(manifest.name, definition.health.request) : undefined);
  if (!healthCheck) throw invalid(manifest.id, 'declare `health: { request }` or a healthCheck');
  return Object.freeze({ ...definition, sync, healthCheck, ...manifest }) as unknown as Connector<TConfig, TCredentials, TSettings>;
}

/** The manifest half of a connector (for catalogs and the GraphQL `connectorTypes`). */
export function manifestOf(connector: Connector<unknown, unknown, unknown>): ConnectorManifest {
  return ConnectorManifest.parse(connector);
}
