import { ActivityCancellationType, proxyActivities } from '@temporalio/workflow';
import type { SyncActivities } from '../activities/create-activities.js';
import type { SyncTuning } from '../shared/tuning.js';

/** Short bookkeeping steps (claim, close, pause): quick retries on a database hiccup. */
const BOOKKEEPING = {
  startToCloseTimeout: 60_000,
  retry: { initialInterval: 1_000, backoffCoefficient: 2, maximumInterval: 30_000, maximumAttempts: 20 },
} as const;

/**
 * The activities a sync workflow calls, with their timeouts and retry
 * policies from the run's tuning. Non-retryable failures (auth, config,
 * validation, vendor errors) are marked so by the activities themselves.
 */
export function syncActivities(tuning: SyncTuning) {
  const bookkeeping = proxyActivities<SyncActivities>(BOOKKEEPING);
  const batches = proxyActivities<SyncActivities>({
    startToCloseTimeout: tuning.batchTimeoutMs,
    heartbeatTimeout: tuning.heartbeatTimeoutMs,
    // A cancelled sync waits for the running attempt to write what it fetched (or to be cut
    // short) before it closes the log: no batch is persisted after the sync says "cancelled".
    cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
    retry: {
      initialInterval: tuning.retry.initialMs,
      backoffCoefficient: tuning.retry.backoff,
      maximumInterval: tuning.retry.maxMs,
      maximumAttempts: tuning.retry.maximumAttempts,
    },
  });
  return {
    beginSync: bookkeeping.beginSync,
    finishSync: bookkeeping.finishSync,
    pauseSchedule: bookkeeping.pauseSchedule,
    writebackWanted: bookkeeping.writebackWanted,
    syncBatch: batches.syncBatch,
  };
}

/** The writeback activity: a few retries for outages; unsupported connectors fail at once. */
export function writebackActivities() {
  return proxyActivities<SyncActivities>({
    startToCloseTimeout: 10 * 60_000,
    retry: { initialInterval: 2_000, backoffCoefficient: 2, maximumInterval: 60_000, maximumAttempts: 5 },
  });
}
