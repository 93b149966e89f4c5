import { createVendorClock } from '@tributary/sandbox';

/** Salesforce keeps datetimes, SystemModstamp included, to the second. */
export const STAMP_PRECISION_MS = 1_000;

/** Salesforce's datetime format at its precision: `2024-01-15T10:30:00.000+0000`. */
export function sfDateTime(ms: number): string {
  return new Date(Math.floor(ms / STAMP_PRECISION_MS) * STAMP_PRECISION_MS).toISOString().replace('Z', '+0000');
}

/** `YYYY-MM-DD`. */
export function sfDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export const DAY_MS = 86_400_000;

/**
 * Simulator time. Generated history ends before `anchor` (the clock when
 * the simulator was created). A vendor-side change is stamped to the
 * second, never before the previous change, so changes made in the same
 * second share a SystemModstamp. A change that commits late carries the
 * stamp of when its transaction began, which can be at or before stamps
 * already visible: Salesforce's replication calls return `latestDateCovered`
 * for changes "that started after this date but didn't complete before
 * endDate" (https://developer.salesforce.com/docs/platform/api/guide/sforce-api-calls-getdeleted-getdeletedresult.html).
 */
export interface Clock {
  readonly anchor: number;
  /** The caller's clock (ms). */
  now(): number;
  /** The stamp of a change made now (ms, whole seconds). */
  tick(): number;
  /** Run `change` as a transaction that began `lagMs` ago and commits now: its stamps are that much older. */
  late<T>(lagMs: number, change: () => T): T;
}

/**
 * @example
 * const clock = createClock(() => new Date('2025-06-01T00:00:00.700Z'));
 * clock.tick() // Date.parse('2025-06-01T00:00:00Z')
 */
export function createClock(now: () => Date): Clock {
  const vendor = createVendorClock({ now, precisionMs: STAMP_PRECISION_MS });
  const read = () => now().getTime();
  let lag = 0;
  return {
    anchor: read(),
    now: read,
    tick: () => (lag === 0 ? vendor.stamp() : Math.floor((read() - lag) / STAMP_PRECISION_MS) * STAMP_PRECISION_MS),
    late(lagMs, change) {
      if (!Number.isFinite(lagMs) || lagMs < 0) throw new RangeError('lateMs must be a non-negative number of milliseconds');
      const previous = lag;
      lag = lagMs;
      try {
        return change();
      } finally {
        lag = previous;
      }
    },
  };
}

/**
 * A timestamp for generated record `index` of `count`, spread evenly over
 * `[start, end]` and never decreasing in the index.
 *
 * @example
 * spread(0, 1000, 3, 1) // 500
 */
export function spread(start: number, end: number, count: number, index: number): number {
  if (count <= 1) return start;
  return start + Math.floor((index * (end - start)) / (count - 1));
}
