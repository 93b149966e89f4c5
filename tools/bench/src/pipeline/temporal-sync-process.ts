/**
 * The same full Stripe sync as `sync-process.ts`, on the Temporal path:
 * one worker (libs/temporal's createSyncWorker, as apps/worker runs it, with
 * its 2-core sizing) on a task queue of its own on the dev server at
 * TEMPORAL_ADDRESS, started through the TemporalOrchestrator; this process
 * is the worker. Prints one JSON line like sync-process.ts.
 *
 *   tsx tools/bench/src/pipeline/temporal-sync-process.ts --url http://127.0.0.1:PORT --key sk_test_...
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { benchStripe } from './paced.js';
import { createActivities, scheduleControl, TemporalOrchestrator } from '@tributary/temporal';
import { connectTemporal } from '@tributary/temporal/testing';
import { bundleSyncWorkflows, createSyncWorker } from '@tributary/temporal/worker';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { pipelineHarness } from '@tributary/sync/testing';
import { cpuMs } from '../shared/timing.js';
import { option } from '../fleet/options.js';

async function main(): Promise<void> {
  // The SDK logs every worker state change at INFO; the bench's output wants warnings and errors only.
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const baseUrl = option('url');
  const harness = await pipelineHarness([benchStripe()], { server: true, deps: { connectionOptions: () => ({ baseUrl }) } });
  const temporal = await connectTemporal();
  try {
    const connectorId = await harness.connect('stripe', { apiKey: option('key') });
    const taskQueue = `tributary-bench-${randomUUID()}`;
    const activities = createActivities({ ...harness.deps, schedules: scheduleControl(temporal.client) });
    // Bundled before the clock starts: a deployed worker does it once at startup.
    const workflowBundle = await bundleSyncWorkflows();
    const worker = await createSyncWorker({
      connection: temporal.native,
      namespace: temporal.namespace,
      taskQueue,
      activities,
      workflowBundle,
    });
    const orchestrator = new TemporalOrchestrator({ client: temporal.client, taskQueue, prisma: harness.db.prisma });
    const report = await worker.runUntil(async () => {
      const cpuBefore = cpuMs();
      const started = performance.now();
      await orchestrator.triggerSync(harness.tenantId, connectorId, { mode: 'full', trigger: 'bench' });
      const outcome: unknown = await orchestrator.handle(harness.tenantId, connectorId).result();
      return { outcome, durationMs: performance.now() - started, cpuMs: cpuMs() - cpuBefore };
    });
    const storedCharges = await harness.db.prisma.charge.count({ where: { tenantId: harness.tenantId, connectorId } });
    const outcome = typeof report.outcome === 'object' && report.outcome !== null ? report.outcome : {};
    const line = {
      ...outcome,
      durationMs: report.durationMs,
      cpuMs: report.cpuMs,
      storedCharges,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  } finally {
    await temporal.close();
    await harness.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
