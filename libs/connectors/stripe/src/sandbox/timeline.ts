import { createVendorClock } from '@tributary/sandbox';

/**
 * Time in the simulator. Generated history ends just before `anchor` (the
 * clock when the simulator was created) and `created` grows with the index,
 * so newest-first paging is index arithmetic. Vendor-side mutations tick a
 * clock that never goes backwards, so every event is strictly newer than
 * the last one and than all generated history.
 */

export const DAY = 86_400;
export const HOUR = 3_600;

/** A window of history: `count` records spread evenly from `start` to `end` (unix seconds). */
export interface Span {
  start: number;
  end: number;
  count: number;
}

/** `created` of record `index` in a span (non-decreasing in `index`). */
export function spreadAt(span: Span, index: number): number {
  if (span.count <= 1) return span.start;
  return span.start + Math.floor((index * (span.end - span.start)) / (span.count - 1));
}

/** The largest index whose `created` is at or before `at`, or -1 when none is. O(1). */
export function lastIndexAtOrBefore(span: Span, at: number): number {
  if (span.count === 0 || at < span.start) return -1;
  if (span.count === 1) return 0;
  let k = Math.min(span.count - 1, Math.floor(((at - span.start) * (span.count - 1)) / (span.end - span.start)));
  while (k + 1 < span.count && spreadAt(span, k + 1) <= at) k++;
  while (k >= 0 && spreadAt(span, k) > at) k--;
  return k;
}

export interface Timeline {
  /** Unix seconds when the simulator was created. */
  readonly anchor: number;
  readonly customers: Span;
  readonly charges: Span;
  readonly subscriptions: Span;
  /** Simulator time: the caller's clock, or the last mutation if that is later. */
  now(): number;
  /** Advance for one vendor-side change: strictly later than the previous tick. */
  tick(): number;
}

export interface TimelineSizes {
  customers: number;
  charges: number;
  subscriptions: number;
}

/**
 * @example
 * const timeline = createTimeline(() => new Date('2025-06-01T00:00:00Z'), { customers: 10, charges: 100, subscriptions: 5 });
 * spreadAt(timeline.charges, 99); // two hours before the anchor
 */
export function createTimeline(clock: () => Date, sizes: TimelineSizes): Timeline {
  // Stripe stamps `created` in whole seconds.
  const vendor = createVendorClock({ now: clock, precisionMs: 1000 });
  const seconds = (): number => Math.floor(vendor.now().getTime() / 1000);
  const anchor = seconds();
  let last = anchor;
  return {
    anchor,
    customers: { start: anchor - 730 * DAY, end: anchor - DAY, count: sizes.customers },
    charges: { start: anchor - 365 * DAY, end: anchor - 2 * HOUR, count: sizes.charges },
    subscriptions: { start: anchor - 540 * DAY, end: anchor - DAY, count: sizes.subscriptions },
    now: () => Math.max(seconds(), last),
    // One second past the previous change at least, so every event sorts strictly after the one before it.
    tick: () => {
      last = Math.max(vendor.stamp() / 1000, last + 1);
      return last;
    },
  };
}
