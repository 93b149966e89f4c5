/**
 * A fleet on Temporal, the way an operator runs it: every connection's
 * schedule is a Temporal Schedule (set through the TemporalOrchestrator, as
 * the gateway sets it), and this process is the one worker (libs/temporal's
 * createSyncWorker with its 2-core sizing, `--concurrency` activity slots
 * as WORKER_MAX_ACTIVITIES sets them) on a task queue of its own. After
 * `--minutes` the schedules are read (what the server did with their
 * ticks) and deleted, running syncs get a drain, and any
 * workflow still open is terminated: the shared server keeps nothing.
 * Prints one JSON line when done (see {@link HostReport}).
 *
 *   tsx tools/bench/src/fleet/host-temporal.ts --db <url> --sim <url> --key <hex> --cron '* * * * *' --minutes 5 --concurrency 8 --pool 10
 */
import { randomUUID } from 'node:crypto';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { ConnectorRegistry } from '@tributary/core';
import { stripe } from '@tributary/connector-stripe';
import { createDatabase } from '@tributary/db';
import { createActivities, scheduleControl, TemporalOrchestrator } from '@tributary/temporal';
import { connectTemporal } from '@tributary/temporal/testing';
import { bundleSyncWorkflows, createSyncWorker } from '@tributary/temporal/worker';
import { Vault } from '@tributary/vault';
import { printHostReport } from './host-report.js';
import { option } from './options.js';
import { sampleMemory } from './rss.js';
import { emptyStats, retireSchedule } from './schedule-stats.js';
import { drainTaskQueue, inBatches } from './temporal-fleet.js';

/** Schedule calls in flight at once while setting and deleting them (the server's frontend, not the worker, is the limit). */
const SCHEDULE_CALLS_AT_ONCE = 16;
/** Schedules whose counts are read before deletion. */
const DESCRIBED_SAMPLE = 50;

async function main(): Promise<void> {
  // The SDK logs every worker state change at INFO; the bench's output wants warnings and errors only.
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const db = await createDatabase({ url: option('db'), poolSize: Number(option('pool')) });
  const registry = new ConnectorRegistry();
  registry.register(stripe);
  const sim = option('sim');
  const temporal = await connectTemporal();
  const taskQueue = `tributary-fleet-${randomUUID()}`;
  const vault = new Vault(option('key'));
  const activities = createActivities({
    db,
    registry,
    vault,
    connectionOptions: () => ({ baseUrl: sim }),
    schedules: scheduleControl(temporal.client),
  });
  const worker = await createSyncWorker({
    connection: temporal.native,
    namespace: temporal.namespace,
    taskQueue,
    activities,
    workflowBundle: await bundleSyncWorkflows(),
    overrides: { maxConcurrentActivityTaskExecutions: Number(option('concurrency')) },
  });
  const orchestrator = new TemporalOrchestrator({ client: temporal.client, taskQueue, prisma: db.prisma });
  const memory = sampleMemory();
  const running = worker.run();
  const connectors = await db.prisma.connector.findMany({ select: { tenantId: true, id: true } });
  const setupStart = Date.now();
  await inBatches(connectors, SCHEDULE_CALLS_AT_ONCE, (c) => orchestrator.upsertSchedule(c.tenantId, c.id, option('cron')));
  const windowStartMs = Date.now();
  process.stderr.write(`fleet host (Temporal): ${connectors.length} schedules set in ${windowStartMs - setupStart} ms\n`);
  await new Promise((resolve) => setTimeout(resolve, Number(option('minutes')) * 60_000));
  const stats = emptyStats();
  // A sample is described (each answer comes from the schedule's own workflow on the server: slow when many are due).
  const sample = connectors.slice(0, DESCRIBED_SAMPLE);
  await inBatches(sample, SCHEDULE_CALLS_AT_ONCE, (c) => retireSchedule(temporal.client, c.tenantId, c.id, stats));
  await inBatches(connectors.slice(DESCRIBED_SAMPLE), SCHEDULE_CALLS_AT_ONCE, (c) => orchestrator.deleteSchedule(c.tenantId, c.id));
  const terminated = await drainTaskQueue(temporal.client, taskQueue, 120_000);
  worker.shutdown();
  await running;
  printHostReport({ windowStartMs, setupMs: windowStartMs - setupStart, memory: memory.stop(), terminated, schedules: stats });
  await temporal.close();
  await db.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
