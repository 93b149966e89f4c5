import { Context } from '@temporalio/activity';
import { CancelledFailure } from '@temporalio/common';
import { ConnectorError, isErrorKind, serializeError } from '@tributary/core';
import { beginSync, finishSync, syncBatch, type SyncBatchResult, type SyncOutcome, type SyncStart } from '@tributary/sync';
import { clearFailedAttempt, reportFailedAttempt } from './attempts.js';
import { toApplicationFailure } from './failures.js';
import type { ActivityDeps, BatchInput, BeginInput, FinishInput, PauseInput } from './types.js';

/**
 * Claim the connector and open the sync log. The workflow id already makes
 * this the only sync of the connector, so a claim left by a run that died
 * (worker killed, workflow terminated) is taken over and its log closed as
 * interrupted.
 */
export async function beginActivity(deps: ActivityDeps, input: BeginInput): Promise<SyncStart> {
  try {
    return await beginSync(deps, input.tenantId, input.connectorId, {
      mode: input.mode,
      trigger: input.trigger ?? 'manual',
      takeOver: true,
    });
  } catch (error) {
    throw toApplicationFailure(error);
  }
}

/**
 * One batch: fetch pages up to `batchRecords` from the checkpoint stored in
 * the database (a `cursor` in the input of histories recorded before is
 * ignored), persist them in writes of `writeRecords`, each with its
 * checkpoint (fetching and writing overlap, as in runSync). Heartbeats after every page (and on a timer while a slow page
 * loads) so a dead worker's batch moves to another worker within the
 * heartbeat timeout. A cancelled sync reaches it through the heartbeat: it
 * stops fetching, writes the pages it has, and a page cut short ends the
 * attempt as cancelled (Temporal then retries nothing). A failed attempt
 * that will be retried leaves its error on the connector meanwhile.
 */
export async function batchActivity(deps: ActivityDeps, input: BatchInput): Promise<SyncBatchResult> {
  const ctx = Context.current();
  const every = Math.max(1_000, Math.floor((ctx.info.heartbeatTimeoutMs ?? 30_000) / 3));
  const beat = setInterval(() => ctx.heartbeat({ alive: true }), every);
  try {
    const result = await syncBatch(deps, input.tenantId, input.connectorId, {
      syncLogId: input.syncLogId,
      mode: input.mode,
      batchRecords: input.batchRecords,
      ...(input.writeRecords !== undefined ? { writeRecords: input.writeRecords } : {}),
      signal: ctx.cancellationSignal,
      onPage: (progress) => ctx.heartbeat(progress),
    });
    await clearFailedAttempt(deps, input, ctx.info);
    return result;
  } catch (error) {
    if (ctx.cancellationDetails?.cancelRequested) throw new CancelledFailure('The sync was cancelled during this batch');
    const failure = toApplicationFailure(error, ctx.info);
    await reportFailedAttempt(deps, input, failure, ctx.info);
    throw failure;
  } finally {
    clearInterval(beat);
  }
}

/** Close the log and set the connector's status; counts come from the log. */
export async function finishActivity(deps: ActivityDeps, input: FinishInput): Promise<SyncOutcome> {
  const error = input.error
    ? serializeError(new ConnectorError(isErrorKind(input.error.kind) ? input.error.kind : 'transient', input.error.message))
    : undefined;
  try {
    return await finishSync(deps, input.tenantId, input.connectorId, {
      syncLogId: input.syncLogId,
      status: input.status,
      ...(error ? { error } : {}),
    });
  } catch (failure) {
    throw toApplicationFailure(failure);
  }
}

/** Pause the connector's schedule (auth errors: nothing will work until someone reconnects it). */
export async function pauseActivity(deps: ActivityDeps, input: PauseInput): Promise<void> {
  await deps.schedules?.pause(input.tenantId, input.connectorId, input.reason);
}
