/** One record of a composite update, as the simulator received and answered it. */
export interface RecordedWrite {
  type: string;
  id: string | undefined;
  /** The fields sent, `attributes` and `id` left out. */
  fields: Record<string, unknown>;
  success: boolean;
  error?: { statusCode: string; message: string };
}

/** One `PATCH /composite/sobjects` call. */
export interface RecordedCall {
  allOrNone: boolean;
  writes: RecordedWrite[];
}

/** Composite updates received, for assertions, and per-record failures to inject. */
export interface WriteLog {
  readonly calls: readonly RecordedCall[];
  /** Every record of every call, in order. */
  writes(): RecordedWrite[];
  /** Make updates of these ids fail with this error (default `UNABLE_TO_LOCK_ROW`) until `clearFailures()`. */
  failRecords(ids: readonly string[], error?: { statusCode: string; message: string }): void;
  failureFor(id: string): { statusCode: string; message: string } | undefined;
  clearFailures(): void;
  record(call: RecordedCall): void;
}

const LOCKED = { statusCode: 'UNABLE_TO_LOCK_ROW', message: 'unable to obtain exclusive access to this record or 1 records' };

/**
 * @example
 * const log = createWriteLog();
 * log.failRecords(['003...']);
 */
export function createWriteLog(): WriteLog {
  const calls: RecordedCall[] = [];
  const failures = new Map<string, { statusCode: string; message: string }>();
  return {
    calls,
    writes: () => calls.flatMap((c) => c.writes),
    failRecords(ids, error = LOCKED) {
      for (const id of ids) failures.set(id, error);
    },
    failureFor: (id) => failures.get(id),
    clearFailures: () => failures.clear(),
    record: (call) => void calls.push(call),
  };
}
