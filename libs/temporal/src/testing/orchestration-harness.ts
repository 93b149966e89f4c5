import { randomUUID } from 'node:crypto';
import type { Worker, WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { ConnectionOptions } from '@tributary/core';
import type { RunningServer } from '@tributary/sandbox';
import { pipelineHarness, type PipelineHarness } from '@tributary/sync/testing';
import { createActivities } from '../activities/create-activities.js';
import { TemporalOrchestrator } from '../client/orchestrator.js';
import { scheduleControl } from '../client/schedules.js';
import type { SyncTuning } from '../shared/tuning.js';
import { createSyncWorker } from '../worker/create-worker.js';
import { createFakeCrm, fakeCrm, readOnlyFakeCrm, type FakeCrm, type FakeCrmOptions } from './fake-crm/index.js';
import { connectTemporal, type TemporalConnections } from './temporal-env.js';

/** Fast vendor retries in tests: a fault that outlasts them reaches Temporal's retry policy. */
export const TEST_HTTP: ConnectionOptions['http'] = {
  retries: 1,
  retryBaseMs: 5,
  retryCapMs: 20,
  timeoutMs: 5_000,
  maxInlineRetryAfterMs: 50,
};

/** Quick Temporal retries and heartbeats for tests. */
export const TEST_TUNING: Partial<SyncTuning> = {
  batchRecords: 100,
  heartbeatTimeoutMs: 5_000,
  batchTimeoutMs: 60_000,
  retry: { initialMs: 200, backoff: 2, maxMs: 2_000, maximumAttempts: 8 },
};

export interface OrchestrationHarness {
  crm: FakeCrm;
  api: RunningServer;
  h: PipelineHarness;
  temporal: TemporalConnections;
  taskQueue: string;
  orchestrator: TemporalOrchestrator;
  /** Start a worker on the task queue (one is started by the harness unless `worker: false`). */
  startWorker(): Promise<Worker>;
  /** A connected fake-CRM connector; `pageSize` contacts per vendor page. */
  connect(pageSize?: number, config?: unknown): Promise<string>;
  dispose(): Promise<void>;
}

export interface OrchestrationHarnessOptions extends FakeCrmOptions {
  workflowBundle: WorkflowBundleWithSourceMap;
  tuning?: Partial<SyncTuning>;
  /** Start a worker in this process (default true). */
  worker?: boolean;
  /** Register the fake CRM without its `writeback` (default false). */
  readOnly?: boolean;
}

/**
 * Everything an orchestration test needs, all real: the fake CRM on HTTP,
 * a migrated database (PGlite, or the server under TRIBUTARY_DB_TARGET=server),
 * the Temporal test server, a worker on a task queue of its own, and the
 * Temporal orchestrator.
 *
 * @example
 * const o = await orchestrationHarness({ contacts: 500, workflowBundle });
 * await o.orchestrator.triggerSync(o.h.tenantId, await o.connect(), { mode: 'full' });
 */
export async function orchestrationHarness(options: OrchestrationHarnessOptions): Promise<OrchestrationHarness> {
  const crm = createFakeCrm(options);
  const api = await crm.start();
  const h = await pipelineHarness([options.readOnly ? readOnlyFakeCrm : fakeCrm], {
    deps: { connectionOptions: () => ({ baseUrl: api.url, http: TEST_HTTP }) },
  });
  const temporal = await connectTemporal();
  const taskQueue = `tributary-test-${randomUUID()}`;
  const tuning = { ...TEST_TUNING, ...options.tuning };
  const orchestrator = new TemporalOrchestrator({ client: temporal.client, taskQueue, tuning, prisma: h.db.prisma });
  const workers: { worker: Worker; running: Promise<void> }[] = [];
  const startWorker = async () => {
    const activities = createActivities({ ...h.deps, schedules: scheduleControl(temporal.client) });
    const worker = await createSyncWorker({
      connection: temporal.native,
      namespace: temporal.namespace,
      taskQueue,
      activities,
      workflowBundle: options.workflowBundle,
      overrides: { shutdownGraceTime: '2 seconds' },
    });
    workers.push({ worker, running: worker.run() });
    return worker;
  };
  if (options.worker !== false) await startWorker();
  return {
    crm,
    api,
    h,
    temporal,
    taskQueue,
    orchestrator,
    startWorker,
    connect: (pageSize = 50, config = { apiKey: crm.apiKey }) => h.connect('fake-crm', config, { pageSize }),
    dispose: async () => {
      for (const w of workers) if (w.worker.getState() === 'RUNNING') w.worker.shutdown();
      await Promise.allSettled(workers.map((w) => w.running));
      await temporal.close();
      await h.dispose();
      await api.close();
    },
  };
}
