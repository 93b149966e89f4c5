/** A vendor's clock: what time it is there, and a stamp for each change. */
export interface VendorClock {
  now(): Date;
  /**
   * A stamp for a change made now, in ms, at the vendor's precision
   * (Salesforce keeps SystemModstamp to the second). Never earlier than the
   * previous stamp; equal stamps are possible at coarse precision, as at the vendor.
   */
  stamp(): number;
}

/**
 * A vendor clock over `now` (default: the wall clock). At millisecond
 * precision every stamp is unique and increasing (a change made in the same
 * millisecond as the last one gets the next millisecond); at coarser
 * precision stamps are truncated, so several changes share one, as a real
 * API that stores seconds does.
 *
 * @example
 * const clock = createVendorClock({ precisionMs: 1000 });
 * clock.stamp() % 1000 // 0
 */
export function createVendorClock(options: { now?: () => Date; precisionMs?: number } = {}): VendorClock {
  const now = options.now ?? (() => new Date());
  const precision = options.precisionMs ?? 1;
  let last = 0;
  return {
    now,
    stamp() {
      const t = Math.floor(now().getTime() / precision) * precision;
      last = precision === 1 ? Math.max(t, last + 1) : Math.max(t, last);
      return last;
    },
  };
}
