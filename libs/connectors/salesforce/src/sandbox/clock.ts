/** Salesforce's datetime format: `2024-01-15T10:30:00.000+0000`. */
export function sfDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

/** `YYYY-MM-DD`. */
export function sfDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export const DAY_MS = 86_400_000;

/**
 * Simulator time. Generated history ends before `anchor` (the clock when
 * the simulator was created); vendor-side changes `tick()` a clock that
 * never goes backwards, so every change gets a SystemModstamp strictly
 * newer than anything before it, even with a frozen test clock.
 */
export interface Clock {
  readonly anchor: number;
  /** The caller's clock, or the last change if that is later (ms). */
  now(): number;
  /** A stamp strictly later than the previous one (ms). */
  tick(): number;
}

/**
 * @example
 * const clock = createClock(() => new Date('2025-06-01T00:00:00Z'));
 * clock.tick() < clock.tick() // true
 */
export function createClock(now: () => Date): Clock {
  const read = () => now().getTime();
  const anchor = read();
  let last = anchor;
  return {
    anchor,
    now: () => Math.max(read(), last),
    tick: () => {
      last = Math.max(read(), last + 1);
      return last;
    },
  };
}

/**
 * A timestamp for generated record `index` of `count`, spread evenly over
 * `[start, end]` and strictly increasing in the index.
 *
 * @example
 * spread(0, 1000, 3, 1) // 500
 */
export function spread(start: number, end: number, count: number, index: number): number {
  if (count <= 1) return start;
  return start + Math.floor((index * (end - start)) / (count - 1));
}
