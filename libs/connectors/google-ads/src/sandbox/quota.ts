import type { SimClock } from './clock.js';

const WINDOW_MS = 86_400_000;

export interface Quota {
  /** Count one operation; the seconds to wait when the daily quota is used up, else undefined. */
  consume(): number | undefined;
  /** Operations counted in the current 24-hour window. */
  used(): number;
}

/**
 * The daily operations quota of the Cloud project (Basic access: 15,000 a
 * day, Explorer: 2,880 against production), over a sliding 24 hours of
 * simulator time. Each search, searchStream or listAccessibleCustomers
 * request counts one. Off when `perDay` is undefined.
 *
 * @example
 * const quota = createQuota(2, clock); quota.consume(); quota.consume(); quota.consume() // 86400
 */
export function createQuota(perDay: number | undefined, clock: SimClock): Quota {
  const stamps: number[] = [];
  const prune = (now: number) => {
    while (stamps.length > 0 && (stamps[0] ?? 0) <= now - WINDOW_MS) stamps.shift();
  };
  return {
    consume() {
      if (perDay === undefined) return undefined;
      const now = clock.now().getTime();
      prune(now);
      if (stamps.length >= perDay) return Math.max(1, Math.ceil(((stamps[0] ?? now) + WINDOW_MS - now) / 1000));
      stamps.push(now);
      return undefined;
    },
    used() {
      prune(clock.now().getTime());
      return stamps.length;
    },
  };
}
