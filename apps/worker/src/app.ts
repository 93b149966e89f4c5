import { join, resolve } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, type Worker } from '@temporalio/worker';
import type { ConnectionOptions, ConnectorRegistry, Logger } from '@tributary/core';
import { createDatabase, migrate, type ConnectorRow, type Database } from '@tributary/db';
import { createSandboxes } from '@tributary/catalog/sandbox';
import { createOAuthApps, sandboxBaseUrl } from '@tributary/sync';
import { createActivities, scheduleControl, sweepOrphanedSyncs } from '@tributary/temporal';
import { createSyncWorker } from '@tributary/temporal/worker';
import { loadVault } from '@tributary/vault';
import type { WorkerEnv } from './env.js';
import { checkGateway, gatewayWarning } from './gateway-check.js';
import { DEFAULT_HEALTH_PORT, startHealthServer, type HealthServer } from './health.js';

export interface WorkerAppOptions {
  env: WorkerEnv;
  registry: ConnectorRegistry;
  logger: Logger;
  /**
   * Per-connector connection options. Default: a connection made against a
   * sandbox talks to the gateway's sandbox at `<PUBLIC_URL>/sandbox/<type>`.
   */
  connectionOptions?: (row: ConnectorRow) => ConnectionOptions;
  /** Extra environment for OAuth apps (`TRIBUTARY_OAUTH_<TYPE>_CLIENT_ID`/`_SECRET`); default `process.env`. */
  vars?: Record<string, string | undefined>;
}

export interface WorkerApp {
  worker: Worker;
  health: HealthServer;
  db: Database;
  /** Resolves when the worker has stopped (after `stop()` or a fatal error). */
  done: Promise<void>;
  /** Graceful shutdown: stop polling, let running batches finish (grace time), close everything. */
  stop(): Promise<void>;
}

/**
 * The worker's composition root: database (PostgreSQL from DATABASE_URL,
 * else PGlite under the data directory), vault, registry, activities, the
 * Temporal worker on its task queue, `/healthz`, and the sweep that corrects
 * connectors left "syncing" by a workflow that is gone.
 *
 * @example
 * const app = await startWorkerApp({ env: parseWorkerEnv(process.env), registry: createRegistry(), logger });
 * process.once('SIGTERM', () => void app.stop());
 */
export async function startWorkerApp(options: WorkerAppOptions): Promise<WorkerApp> {
  const { env, logger } = options;
  const dataDir = resolve(env.TRIBUTARY_DATA_DIR);
  // Never a development key: the gateway and the other workers could not read what this one encrypts.
  const { vault } = loadVault({ dataDir, env: keysOf(env), shared: true });
  const db = await createDatabase({ url: env.DATABASE_URL, dataDir: join(dataDir, 'pglite') });
  if (env.TRIBUTARY_MIGRATE) await migrate(db.sql);
  const address = env.TEMPORAL_ADDRESS;
  const client = new Client({ connection: await Connection.connect({ address }), namespace: env.TEMPORAL_NAMESPACE });
  const native = await NativeConnection.connect({ address });
  const activities = createActivities({
    db,
    registry: options.registry,
    vault,
    logger,
    schedules: scheduleControl(client),
    oauth: workerOAuthApps(env, options.vars ?? process.env),
    connectionOptions: options.connectionOptions ?? ((row) => (row.sandbox ? { baseUrl: sandboxBaseUrl(gatewayUrl(env), row.type) } : {})),
    // finishSync judges the run in this process: on Temporal, the worker's setting is the one that counts.
    failRejectRate: env.SYNC_FAIL_REJECT_RATE,
  });
  const worker = await createSyncWorker({
    connection: native,
    namespace: env.TEMPORAL_NAMESPACE,
    taskQueue: env.TEMPORAL_TASK_QUEUE,
    activities,
    overrides: env.WORKER_MAX_ACTIVITIES ? { maxConcurrentActivityTaskExecutions: env.WORKER_MAX_ACTIVITIES } : {},
  });
  const health = await startHealth(env, logger, () => worker.getState());
  const stopSweeper = startSweeper(env, db, client, logger);
  const done = worker.run().finally(async () => {
    stopSweeper();
    await health.close();
    await client.connection.close();
    await native.close();
    await db.close();
  });
  logger.info(
    { taskQueue: env.TEMPORAL_TASK_QUEUE, namespace: env.TEMPORAL_NAMESPACE, database: db.description, healthPort: health.port },
    'worker started',
  );
  void reportGateway(env, logger);
  return {
    worker,
    health,
    db,
    done,
    stop: async () => {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await done;
    },
  };
}

/** Every WORKER_SWEEP_INTERVAL_MS, correct connectors left "syncing" by a workflow that is gone; returns the stop. */
function startSweeper(env: WorkerEnv, db: Database, client: Client, logger: Logger): () => void {
  if (env.WORKER_SWEEP_INTERVAL_MS <= 0) return () => undefined;
  const sweep = () =>
    sweepOrphanedSyncs({ prisma: db.prisma, client, staleAfterMs: 2 * 60_000, logger }).catch((error: unknown) =>
      logger.warn({ error: String(error) }, 'sweep of orphaned syncs failed'),
    );
  const sweeper = setInterval(() => void sweep(), env.WORKER_SWEEP_INTERVAL_MS);
  sweeper.unref();
  return () => clearInterval(sweeper);
}

/** `/healthz` on WORKER_HEALTH_PORT; when it is unset and 8081 is taken, on a free port (logged). */
async function startHealth(env: WorkerEnv, logger: Logger, state: () => string): Promise<HealthServer> {
  const port = env.WORKER_HEALTH_PORT ?? DEFAULT_HEALTH_PORT;
  const health = await startHealthServer({ port, host: env.WORKER_HEALTH_HOST, state, fallBack: env.WORKER_HEALTH_PORT === undefined });
  if (health.fellBack) {
    logger.warn(
      { requestedPort: port, healthPort: health.port },
      `health port ${port} is taken (another worker on this machine?); /healthz listens on ${health.port} instead (set WORKER_HEALTH_PORT to choose)`,
    );
  }
  return health;
}

/** With sandboxes in use, say in the first lines of the log when the gateway they are served from cannot be reached. */
async function reportGateway(env: WorkerEnv, logger: Logger): Promise<void> {
  if (env.TRIBUTARY_SANDBOX !== 'auto') return;
  const url = gatewayUrl(env);
  const check = await checkGateway(url);
  if (check.ok) logger.info({ gatewayUrl: url }, 'gateway reachable (sandbox connections sync from it)');
  else logger.warn({ gatewayUrl: url, reason: check.reason }, gatewayWarning(url, check.reason));
}

const keysOf = (env: WorkerEnv) => ({
  CONNECTOR_ENCRYPTION_KEY: env.CONNECTOR_ENCRYPTION_KEY,
  CONNECTOR_ENCRYPTION_KEYS_PREVIOUS: env.CONNECTOR_ENCRYPTION_KEYS_PREVIOUS,
});

/**
 * The OAuth apps the worker refreshes tokens with: the same configuration
 * as the gateway's (client ids and secrets from the environment; without
 * them, the sandbox client the gateway registered, whose token endpoint the
 * gateway serves). The sandboxes built here are never served; they only
 * yield the (deterministic) sandbox client credentials.
 */
function workerOAuthApps(env: WorkerEnv, vars: Record<string, string | undefined>) {
  const sandboxes =
    env.TRIBUTARY_SANDBOX === 'auto' ? createSandboxes((id) => ({ baseUrl: sandboxBaseUrl(gatewayUrl(env), id) })) : new Map();
  return createOAuthApps({
    publicUrl: env.PUBLIC_URL,
    vars,
    sandboxes: { get: (type) => sandboxes.get(type), baseUrl: (type) => sandboxBaseUrl(gatewayUrl(env), type) },
  });
}

const gatewayUrl = (env: WorkerEnv) => env.GATEWAY_URL ?? env.PUBLIC_URL;
