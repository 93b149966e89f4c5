/** A second sync of a connector that is already syncing. */
export class SyncInProgressError extends Error {
  constructor(readonly connectorId: string) {
    super(`A sync of connector ${connectorId} is already running`);
    this.name = 'SyncInProgressError';
  }
}

/** A batch for a sync log that is no longer running (finished, or closed as interrupted): nothing may be written. */
export class SyncNotRunningError extends Error {
  constructor(readonly syncLogId: string) {
    super(`Sync ${syncLogId} is not running; its batches can no longer be written`);
    this.name = 'SyncNotRunningError';
  }
}

/**
 * Another writer stored a batch of this sync first (a retried attempt raced a
 * zombie one). Nothing was written; a retry resumes from the new checkpoint.
 */
export class BatchConflictError extends Error {
  constructor(readonly syncLogId: string) {
    super(`Another attempt already wrote the next batch of sync ${syncLogId}; resuming from its checkpoint`);
    this.name = 'BatchConflictError';
  }
}

/** A webhook delivery whose event id was recorded before: nothing was written. */
export class DeliveryReplayedError extends Error {
  constructor(readonly eventId: string) {
    super(`Event ${eventId} was already ingested`);
    this.name = 'DeliveryReplayedError';
  }
}
