/** How a sync workflow paces and retries its activities. Part of the workflow input, so a run keeps its tuning. */
export interface SyncTuning {
  /**
   * Records per batch: one `syncBatch` activity reads pages until it holds
   * this many. Each batch is a workflow round trip and reopens the session,
   * so larger batches cost less; its writes (`writeRecords`) keep the
   * checkpoints fine-grained.
   */
  batchRecords: number;
  /** Records per write transaction within a batch: each write stores its checkpoint, where a retried batch resumes. */
  writeRecords: number;
  /** Batches per workflow run before continue-as-new (each batch adds about 6 history events). */
  maxBatchesPerRun: number;
  /** A batch activity whose worker stops heartbeating this long is retried on another worker. */
  heartbeatTimeoutMs: number;
  /** Longest one batch attempt may take. */
  batchTimeoutMs: number;
  /** Activity retry policy (exponential backoff); rate limits wait at least their Retry-After. */
  retry: { initialMs: number; backoff: number; maxMs: number; maximumAttempts: number };
}

export const DEFAULT_TUNING: SyncTuning = {
  batchRecords: 10_000,
  writeRecords: 1_000,
  maxBatchesPerRun: 250,
  heartbeatTimeoutMs: 30_000,
  batchTimeoutMs: 15 * 60_000,
  retry: { initialMs: 1_000, backoff: 2, maxMs: 5 * 60_000, maximumAttempts: 10 },
};

/** Defaults overlaid with a partial tuning (its `retry` merged field by field). */
export function resolveTuning(tuning: Partial<SyncTuning> | undefined): SyncTuning {
  return { ...DEFAULT_TUNING, ...tuning, retry: { ...DEFAULT_TUNING.retry, ...tuning?.retry } };
}
