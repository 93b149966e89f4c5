import {
  OAuthConfig,
  ConfigError,
  createConnectionClient,
  createConnectorContext,
  rateBudgets,
  secretValues,
  silentLogger,
  type AnyConnector,
  type CompiledMappings,
  type ConnectionOptions,
  type ConnectorRegistry,
  type Logger,
  type StreamSpec,
  type SyncMode,
  type SyncOptions,
} from '@tributary/core';
import { databaseLimiter, forTenant, type ConnectorRow, type Database } from '@tributary/db';
import { connectionSettings } from './connection-settings.js';
import { freshConfig, type OAuthApps } from './credentials.js';
import { loadTransform } from './transform.js';

/** Encrypts and decrypts stored connector config (libs/vault's Vault fits). */
export interface CredentialCipher {
  encrypt(value: unknown, binding: { tenantId: string; connectorId: string }): string;
  decrypt(envelope: string, binding: { tenantId: string; connectorId: string }): unknown;
}

/** What the pipeline needs, passed in by the app's composition root. */
export interface SyncDeps {
  /** Prisma for rows and reads; its SQL driver for the write transaction of each batch. */
  db: Pick<Database, 'prisma' | 'sql'>;
  registry: ConnectorRegistry;
  vault: CredentialCipher;
  logger?: Logger;
  /** Per-connector connection options: the sandbox base URL, HTTP retry timing. */
  connectionOptions?: (row: ConnectorRow) => ConnectionOptions;
  /** OAuth apps, for refreshing tokens (the gateway and the worker configure them). */
  oauth?: OAuthApps;
  /** A completed run whose rejected share of rows reaches this (0..1) is recorded as failed; unset: never. */
  failRejectRate?: number;
}

/** Everything one sync run needs, opened once and reused for every page. */
export interface SyncSession {
  row: ConnectorRow;
  connector: AnyConnector;
  credentials: unknown;
  options: SyncOptions<unknown>;
  streams: ReadonlyMap<string, StreamSpec>;
  mappings: CompiledMappings;
  secrets: string[];
  /** The OAuth access token in use, to force a refresh when the vendor rejects it. */
  accessToken?: string;
}

/**
 * Load the connector row, decrypt and parse its config, authenticate (a
 * refreshed config is stored before the credentials are used), build the
 * connection's HTTP client and compile the mappings (defaults + overrides).
 */
export async function openSession(
  deps: SyncDeps,
  tenantId: string,
  connectorId: string,
  mode: SyncMode,
  signal?: AbortSignal,
): Promise<SyncSession> {
  const scope = forTenant(deps.db.prisma, tenantId);
  const row = await scope.connectors.getOrThrow(connectorId);
  if (!deps.registry.has(row.type)) throw new ConfigError(`No connector of type "${row.type}" is installed`);
  const connector = deps.registry.get(row.type);
  if (!row.config) throw new ConfigError(`${connector.name} is not connected: no credentials are stored. Connect it first.`);
  const binding = { tenantId, connectorId };
  // Decrypts, and refreshes OAuth tokens about to expire (single-flight, written before use).
  const config = parseStored(connector, await freshConfig(deps, tenantId, connectorId));
  // Platform-owned settings (the Office 365 privacy record) come from their own table, never from the stored settings.
  const settings = connector.settingsSchema.safeParse(await connectionSettings(scope, row));
  if (!settings.success) throw new ConfigError(`${connector.name} settings are invalid: ${settings.error.issues[0]?.message ?? 'unknown'}`);
  const logger = (deps.logger ?? silentLogger).child?.({ tenantId, connectorId, connector: row.type }) ?? deps.logger ?? silentLogger;
  const connection: ConnectionOptions = { logger, ...deps.connectionOptions?.(row), ...(signal ? { signal } : {}) };
  const auth = await connector.authenticate(config, createConnectorContext(connector, config, settings.data, connection));
  if (auth.updatedConfig !== undefined) {
    await scope.connectors.update(connectorId, { config: deps.vault.encrypt(auth.updatedConfig, binding) });
  }
  const budgets = rateBudgets(connector, auth.credentials);
  // One request budget per connection, kept in the database: every process syncing it shares it.
  const limiter = budgets.length > 0 ? databaseLimiter(deps.db.sql, binding, budgets, connector.http.maxInlineRetryAfterMs) : undefined;
  const { streams, mappings } = await loadTransform(scope, connector, connectorId);
  const secrets = connector.secretsOf ? connector.secretsOf(auth.credentials) : secretValues(auth.credentials);
  return {
    row,
    connector,
    credentials: auth.credentials,
    options: {
      mode,
      http: createConnectionClient(connector, auth.credentials, { ...(limiter ? { limiter } : {}), ...connection }),
      logger,
      settings: settings.data,
      now: connection.now ?? (() => new Date()),
      ...(connection.concurrency ? { concurrency: connection.concurrency } : {}),
      ...(signal ? { signal } : {}),
    },
    streams,
    mappings,
    secrets: [...secretValues(config), ...secrets],
    ...(accessTokenOf(config) ? { accessToken: accessTokenOf(config) } : {}),
  };
}

const accessTokenOf = (config: unknown): string | undefined => {
  const parsed = OAuthConfig.safeParse(config);
  return parsed.success ? parsed.data.tokens.accessToken : undefined;
};

function parseStored(connector: AnyConnector, stored: unknown): unknown {
  const parsed = connector.configSchema.safeParse(stored);
  if (!parsed.success) throw new ConfigError(`${connector.name} stored configuration is invalid; reconnect the integration.`);
  return parsed.data;
}
