import type { SyncBatchResult, SyncOutcome, SyncStart } from '@tributary/sync';
import type { WritebackInput, WritebackSummary } from '../shared/types.js';
import { batchActivity, beginActivity, finishActivity, pauseActivity } from './sync.js';
import type { ActivityDeps, BatchInput, BeginInput, FinishInput, PauseInput } from './types.js';
import { writebackActivity, writebackWantedActivity } from './writeback.js';

/**
 * The activities of the sync and writeback workflows, bound to their
 * dependencies (database, registry, vault) from the worker's composition
 * root. They pass cursors and counts only; records never enter workflow
 * history. Errors become Temporal failures by the core taxonomy.
 *
 * @example
 * const activities = createActivities({ db, registry: createRegistry(), vault, logger });
 * await Worker.create({ connection, taskQueue, activities, workflowBundle });
 */
export function createActivities(deps: ActivityDeps) {
  return {
    beginSync: (input: BeginInput): Promise<SyncStart> => beginActivity(deps, input),
    syncBatch: (input: BatchInput): Promise<SyncBatchResult> => batchActivity(deps, input),
    finishSync: (input: FinishInput): Promise<SyncOutcome> => finishActivity(deps, input),
    pauseSchedule: (input: PauseInput): Promise<void> => pauseActivity(deps, input),
    writeback: (input: WritebackInput): Promise<WritebackSummary> => writebackActivity(deps, input),
    writebackWanted: (input: WritebackInput): Promise<boolean> => writebackWantedActivity(deps, input),
  };
}

/** The activity interface workflows proxy (they import this type only). */
export type SyncActivities = ReturnType<typeof createActivities>;
