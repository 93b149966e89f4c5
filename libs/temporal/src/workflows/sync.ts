import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import {
  ApplicationFailure,
  CancellationScope,
  ParentClosePolicy,
  WorkflowIdReusePolicy,
  continueAsNew,
  isCancellation,
  log,
  patched,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import type { SyncEndStatus, SyncOutcome } from '@tributary/sync';
import { writebackWorkflowId } from '../shared/ids.js';
import { resolveTuning } from '../shared/tuning.js';
import type { SyncFailure, SyncProgress, SyncWorkflowInput } from '../shared/types.js';
import { syncActivities } from './activities.js';
import { AUTH_KINDS, failureOf } from './failure.js';
import { writebackWorkflow } from './writeback.js';

/** The patch that added writeback after a completed sync (histories recorded before it replay without it). */
export const WRITEBACK_AFTER_SYNC = 'writeback-after-sync';
/**
 * The patch that lets a cancel reach the batch activity (histories recorded
 * before it ran each batch shielded, so a cancel waited for every retry).
 */
export const CANCEL_REACHES_BATCH = 'cancel-reaches-batch';

type Activities = ReturnType<typeof syncActivities>;
/** Bookkeeping must finish even when the workflow is being cancelled. */
const shielded = <T>(fn: () => Promise<T>): Promise<T> => CancellationScope.nonCancellable(fn);

/**
 * One sync of a connector: begin (claim, sync log) -> one `syncBatch`
 * activity per batch of pages (each persisted with its checkpoint; only
 * cursors and counts come back) -> finish (log, status, counts). Cancelling
 * it stops after the current batch and marks the log cancelled; a failure
 * after retries marks the log and the connector with the error kind (an auth
 * error also pauses the connector's schedule) and fails the workflow. Long
 * syncs continue-as-new every `maxBatchesPerRun` batches, keeping the log
 * (the cursor is the database's checkpoint, never workflow state). A
 * completed sync of a connector with writeback turned on starts its
 * `writebackWorkflow` (abandoned: the scores are written after
 * the sync returns, and a writeback already running is left to finish).
 *
 * @example
 * await client.workflow.start(syncConnectorWorkflow, {
 *   workflowId: syncWorkflowId(tenantId, connectorId), taskQueue, args: [{ tenantId, connectorId, mode: 'full' }],
 * });
 */
export async function syncConnectorWorkflow(input: SyncWorkflowInput): Promise<SyncOutcome> {
  const tuning = resolveTuning(input.tuning);
  const activities = syncActivities(tuning);
  const { tenantId, connectorId, mode } = input;
  // The cursor is not carried: every batch reads the checkpoint from the database (progress of
  // histories recorded before may still hold one; it is dropped here and at continue-as-new).
  const progress: SyncProgress = {
    syncLogId:
      input.progress?.syncLogId ??
      (await shielded(() => activities.beginSync({ tenantId, connectorId, mode, trigger: input.trigger ?? 'manual' }))).syncLogId,
    batches: input.progress?.batches ?? 0,
  };
  const finish = (status: SyncEndStatus, error?: SyncFailure) =>
    shielded(() => activities.finishSync({ tenantId, connectorId, syncLogId: progress.syncLogId, status, ...(error ? { error } : {}) }));
  for (let batchesThisRun = 0; ; batchesThisRun++) {
    if (CancellationScope.current().consideredCancelled) return finish('cancelled');
    if (batchesThisRun >= tuning.maxBatchesPerRun || workflowInfo().continueAsNewSuggested) {
      return continueAsNew<typeof syncConnectorWorkflow>({ ...input, progress });
    }
    try {
      const { syncLogId } = progress;
      const { batchRecords, writeRecords } = tuning;
      const batch = () => activities.syncBatch({ tenantId, connectorId, syncLogId, mode, batchRecords, writeRecords });
      const step = await (patched(CANCEL_REACHES_BATCH) ? batch() : shielded(batch));
      progress.batches++;
      if (!step.hasMore) {
        const outcome = await finish('completed');
        if (patched(WRITEBACK_AFTER_SYNC)) await startWriteback(activities, input);
        return outcome;
      }
    } catch (error) {
      if (isCancellation(error)) return finish('cancelled');
      return fail(activities, input, progress, failureOf(error), finish);
    }
  }
}

/** The sync already completed: a writeback that cannot start is logged, never turned into a failed sync. */
async function startWriteback(activities: Activities, { tenantId, connectorId }: SyncWorkflowInput): Promise<void> {
  try {
    if (!(await shielded(() => activities.writebackWanted({ tenantId, connectorId })))) return;
    await shielded(() =>
      startChild(writebackWorkflow, {
        workflowId: writebackWorkflowId(tenantId, connectorId),
        args: [{ tenantId, connectorId }],
        parentClosePolicy: ParentClosePolicy.ABANDON,
        workflowIdReusePolicy: WorkflowIdReusePolicy.ALLOW_DUPLICATE,
      }),
    );
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return;
    log.warn('writeback after sync did not start', { tenantId, connectorId, error: String(error) });
  }
}

async function fail(
  activities: Activities,
  input: SyncWorkflowInput,
  progress: SyncProgress,
  failure: SyncFailure,
  finish: (status: 'failed', error: SyncFailure) => Promise<SyncOutcome>,
): Promise<never> {
  // A log closed by someone else (a sweep that saw no workflow) is left as it is.
  if (failure.kind !== 'sync_not_running') await finish('failed', failure);
  if (AUTH_KINDS.includes(failure.kind)) {
    const reason = `Paused: ${failure.kind} (${failure.message}). Reconnect the connector, then resume the schedule.`;
    await shielded(() => activities.pauseSchedule({ tenantId: input.tenantId, connectorId: input.connectorId, reason }));
  }
  throw ApplicationFailure.nonRetryable(failure.message, failure.kind, { syncLogId: progress.syncLogId });
}
