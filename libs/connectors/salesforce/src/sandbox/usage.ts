import { DAY_MS } from './clock.js';

/** The org's daily API allocation: a rolling 24-hour count of API calls. */
export interface ApiUsageMeter {
  readonly limit: number;
  /** Calls counted in the 24 hours before `at`. */
  used(at: number): number;
  /** Count one call at `at`; false (not counted) when the allocation is used up. */
  take(at: number): boolean;
  /** Pretend `count` calls were made at `at` by other integrations. */
  add(count: number, at: number): void;
  /** Forget every call. */
  reset(): void;
}

/**
 * A rolling-window meter of API calls (`Sforce-Limit-Info: api-usage=used/limit`).
 * Calls are kept as `[at, count]` buckets, so a large `add` is cheap.
 *
 * @example
 * const meter = createUsageMeter(100);
 * meter.add(99, Date.now()); meter.take(Date.now()); // true
 * meter.take(Date.now()); // false: the allocation is used up
 */
export function createUsageMeter(limit: number): ApiUsageMeter {
  const buckets: Array<[number, number]> = [];
  const prune = (at: number) => {
    while (buckets.length > 0 && (buckets[0]?.[0] ?? at) <= at - DAY_MS) buckets.shift();
  };
  const used = (at: number) => {
    prune(at);
    return buckets.reduce((sum, [, count]) => sum + count, 0);
  };
  const add = (count: number, at: number) => {
    const last = buckets[buckets.length - 1];
    if (last && last[0] === at) last[1] += count;
    else buckets.push([at, count]);
  };
  return {
    limit,
    used,
    take(at) {
      if (used(at) >= limit) return false;
      add(1, at);
      return true;
    },
    add,
    reset: () => void buckets.splice(0),
  };
}
