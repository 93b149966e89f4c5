import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRegistry } from '@tributary/catalog';
import { createSandboxes } from '@tributary/catalog/sandbox';
import type { ConnectorRegistry } from '@tributary/core';
import { createDatabase, migrate, type Database } from '@tributary/db';
import {
  createOAuthApps,
  InProcessOrchestrator,
  sandboxBaseUrl,
  type DeploymentOAuthApps,
  type Orchestrator,
  type SyncDeps,
} from '@tributary/sync';
import { loadVault, type Vault } from '@tributary/vault';
import { Client, Connection } from '@temporalio/client';
import { TemporalOrchestrator, temporalSettings } from '@tributary/temporal';
import type { Logger as Pino } from 'pino';
import type { GatewayConfig } from './config.js';
import { createLogger } from './logger.js';
import { createMetrics, type Metrics } from './http/metrics.js';
import { createSandboxHost, type SandboxHost } from './sandbox/host.js';
import { AuthCache } from './auth/cache.js';
import { LoginThrottle } from './auth/throttle.js';
import { createMailer, type Mailer } from './services/mailer.js';

/** Everything the gateway's routes and resolvers use, built once by the composition root. */
export interface GatewayRuntime {
  config: GatewayConfig;
  db: Database;
  vault: Vault;
  registry: ConnectorRegistry;
  orchestrator: Orchestrator;
  logger: Pino;
  sandboxes: SandboxHost;
  oauth: DeploymentOAuthApps;
  metrics: Metrics;
  syncDeps: SyncDeps;
  /** Token and session lookups cached in the process, dropped when auth_version moves. */
  auth: AuthCache;
  throttle: LoginThrottle;
  /** Null without TRIBUTARY_SMTP_URL: invitation links are shown once instead. */
  mailer: Mailer | null;
  close(): Promise<void>;
}

export interface RuntimeOverrides {
  db?: Database;
  /** The connectors to serve (default: the catalog's). */
  registry?: ConnectorRegistry;
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
  // On Temporal the workers decrypt what the gateway encrypts: a development key would be this process's alone.
  const { vault } = loadVault({ dataDir, env: config.vars, shared: temporalSettings(config.vars) !== null });
  const db = overrides.db ?? (await createDatabase({ url: config.databaseUrl, dataDir: join(dataDir, 'pglite') }));
  await migrate(db.sql);
  const registry = overrides.registry ?? createRegistry();
  const sandboxes = createSandboxHost(
    config.publicUrl,
    config.sandbox
      ? createSandboxes((id) => ({ baseUrl: sandboxBaseUrl(config.publicUrl, id), tokenSecret: `${sandboxSecret(dataDir)}:${id}` }))
      : new Map(),
  );
  const oauth = createOAuthApps({ publicUrl: config.publicUrl, vars: config.vars, sandboxes });
  // Register the sandbox OAuth clients now, not on first connect: a worker
  // process refreshing a sandbox connection after this gateway restarted
  // presents the same (deterministic) client, which must already be known.
  for (const connector of registry.list()) if (oauth.usesSandbox(connector.id)) oauth.client(connector.id);
  const metrics = createMetrics();
  const syncDeps: SyncDeps = {
    db,
    registry,
    vault,
    logger,
    oauth,
    connectionOptions: (row) => (row.sandbox ? { baseUrl: sandboxes.baseUrl(row.type) } : {}),
    failRejectRate: config.failRejectRate,
  };
  const orchestrator = overrides.orchestrator?.(syncDeps) ?? (await defaultOrchestrator(config, syncDeps, logger));
  const auth = await AuthCache.start(db.sql, config.authCache);
  const throttle = new LoginThrottle(db.prisma);
  const sweeper = setInterval(() => void throttle.sweep().catch(() => undefined), 10 * 60_000);
  sweeper.unref();
  const mailer = createMailer(config);
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
    auth,
    throttle,
    mailer,
    async close() {
      clearInterval(sweeper);
      auth.close();
      mailer?.close();
      await orchestrator.close();
      await sandboxes.close();
      await db.close();
    },
  };
}

/**
 * Temporal when TEMPORAL_ADDRESS is set (namespace and task queue from
 * TEMPORAL_NAMESPACE / TEMPORAL_TASK_QUEUE; the worker app runs the
 * workflows), otherwise the in-process orchestrator. Same interface, same
 * GraphQL behaviour.
 */
async function defaultOrchestrator(config: GatewayConfig, deps: SyncDeps, logger: Pino): Promise<Orchestrator> {
  const temporal = temporalSettings(config.vars);
  if (!temporal) return new InProcessOrchestrator(deps, { concurrency: 2 });
  const connection = await Connection.connect({ address: temporal.address });
  const client = new Client({ connection, namespace: temporal.namespace });
  logger.info({ address: temporal.address, namespace: temporal.namespace, taskQueue: temporal.taskQueue }, 'orchestrating with Temporal');
  return new TemporalOrchestrator({ client, taskQueue: temporal.taskQueue, prisma: deps.db.prisma, logger, ownsConnection: true });
}

/** The sandboxes' token-signing secret, kept under the data directory so sandbox OAuth connections survive restarts. */
function sandboxSecret(dataDir: string): string {
  const file = join(dataDir, 'sandbox-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
