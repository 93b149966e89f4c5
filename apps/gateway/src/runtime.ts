import { join, resolve } from 'node:path';
import { createRegistry } from '@tributary/catalog';
import { createSandboxes } from '@tributary/catalog/sandbox';
import type { ConnectorRegistry } from '@tributary/core';
import { createDatabase, migrate, type Database } from '@tributary/db';
import { InProcessOrchestrator, type OAuthApps, type Orchestrator, type SyncDeps } from '@tributary/sync';
import { loadVault, type Vault } from '@tributary/vault';
import type { Logger as Pino } from 'pino';
import type { GatewayConfig } from './config.js';
import { createLogger } from './logger.js';
import { createMetrics, type Metrics } from './http/metrics.js';
import { createOAuthApps } from './oauth/apps.js';
import { createSandboxHost, type SandboxHost } from './sandbox/host.js';

/** Everything the gateway's routes and resolvers use, built once by the composition root. */
export interface GatewayRuntime {
  config: GatewayConfig;
  db: Database;
  vault: Vault;
  registry: ConnectorRegistry;
  orchestrator: Orchestrator;
  logger: Pino;
  sandboxes: SandboxHost;
  oauth: OAuthApps & { usesSandbox(type: string): boolean };
  metrics: Metrics;
  syncDeps: SyncDeps;
  close(): Promise<void>;
}

export interface RuntimeOverrides {
  db?: Database;
  logger?: Pino;
  orchestrator?: (deps: SyncDeps) => Orchestrator;
}

/**
 * The composition root: the database (PostgreSQL with DATABASE_URL, else
 * PGlite under the data directory), migrations, the vault, the registry
 * from the catalog, the sandboxes, OAuth apps, the orchestrator.
 */
export async function createRuntime(config: GatewayConfig, overrides: RuntimeOverrides = {}): Promise<GatewayRuntime> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const dataDir = resolve(config.dataDir);
  const { vault } = loadVault({ dataDir, env: config.vars });
  const db = overrides.db ?? (await createDatabase({ url: config.databaseUrl, dataDir: join(dataDir, 'pglite') }));
  await migrate(db.sql);
  const registry = createRegistry();
  const sandboxes = createSandboxHost(
    config.publicUrl,
    config.sandbox ? createSandboxes((id) => `${config.publicUrl}/sandbox/${id}`) : new Map(),
  );
  const oauth = createOAuthApps(config, sandboxes);
  const metrics = createMetrics();
  const syncDeps: SyncDeps = {
    db,
    registry,
    vault,
    logger,
    oauth,
    connectionOptions: (row) => (row.sandbox ? { baseUrl: sandboxes.baseUrl(row.type) } : {}),
  };
  const orchestrator = overrides.orchestrator?.(syncDeps) ?? new InProcessOrchestrator(syncDeps, { concurrency: 2 });
  return {
    config,
    db,
    vault,
    registry,
    orchestrator,
    logger,
    sandboxes,
    oauth,
    metrics,
    syncDeps,
    async close() {
      await orchestrator.close();
      await sandboxes.close();
      await db.close();
    },
  };
}
