import { Worker, type NativeConnection, type WorkerOptions, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { SyncActivities } from '../activities/create-activities.js';
import { bundleSyncWorkflows } from './bundle.js';

export interface SyncWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  activities: SyncActivities;
  /** A bundle made once with {@link bundleSyncWorkflows} (bundled here when absent). */
  workflowBundle?: WorkflowBundleWithSourceMap;
  /** Overrides of the 2-core sizing (concurrency, grace time). */
  overrides?: Partial<
    Pick<
      WorkerOptions,
      | 'maxConcurrentActivityTaskExecutions'
      | 'maxConcurrentWorkflowTaskExecutions'
      | 'shutdownGraceTime'
      | 'identity'
      | 'maxCachedWorkflows'
    >
  >;
}

/**
 * Worker sizing for a 2-core machine: a batch activity is mostly waiting on
 * the vendor and PostgreSQL, with bursts of CPU for mapping and validation,
 * so four run at once; workflow tasks are tiny (cursors and counts), run on
 * two threads, with a bounded cache of sticky workflows.
 */
export const TWO_CORE_SIZING = {
  maxConcurrentActivityTaskExecutions: 4,
  maxConcurrentWorkflowTaskExecutions: 10,
  maxCachedWorkflows: 200,
  workflowThreadPoolSize: 2,
  // In-flight batches get this long to finish (and checkpoint) on SIGTERM before they are cancelled.
  shutdownGraceTime: '30 seconds',
} satisfies Partial<WorkerOptions>;

/**
 * A Temporal worker for the sync and writeback workflows on `taskQueue`.
 * Several processes may poll the same queue: Temporal spreads workflows and
 * batches across them, and moves a dead worker's batch to a live one.
 *
 * @example
 * const worker = await createSyncWorker({ connection, namespace: 'default', taskQueue: 'tributary-sync', activities });
 * await worker.run(); // until worker.shutdown()
 */
export async function createSyncWorker(options: SyncWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    activities: options.activities,
    workflowBundle: options.workflowBundle ?? (await bundleSyncWorkflows()),
    ...TWO_CORE_SIZING,
    ...options.overrides,
  });
}
