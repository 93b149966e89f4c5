/** A vendor's clock: what time it is there, and a stamp for each change. */
export interface VendorClock {
  now(): Date;
  /** Move the vendor's time forward by `ms` (a test lets a day pass); `now` and stamps follow. */
  advance(ms: number): void;
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
 * API that stores seconds does. `advance` moves the vendor's time ahead of
 * `now` (a frozen `now` and `advance` give a test full control of time).
 *
 * @example
 * const clock = createVendorClock({ precisionMs: 1000 });
 * clock.stamp() % 1000 // 0
 * clock.advance(86_400_000); // a day later at the vendor
 */
export function createVendorClock(options: { now?: () => Date; precisionMs?: number } = {}): VendorClock {
  const base = options.now ?? (() => new Date());
  const precision = options.precisionMs ?? 1;
  let offset = 0;
  let last = 0;
  const now = (): Date => new Date(base().getTime() + offset);
  return {
    now,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('a vendor clock only moves forward');
      offset += ms;
    },
    stamp() {
      const t = Math.floor(now().getTime() / precision) * precision;
      last = precision === 1 ? Math.max(t, last + 1) : Math.max(t, last);
      return last;
    },
  };
}
