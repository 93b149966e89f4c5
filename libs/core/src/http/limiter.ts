import { RateLimitedError } from '../errors/errors.js';

/** A request budget: a sustained rate and a burst (token bucket). */
export interface RateBudget {
  /** Requests per second sustained. */
  perSecond: number;
  /** Requests that may go at once after a quiet spell (default: one second's worth). */
  burst?: number;
}

/**
 * Paces every request of one connection. `acquire` resolves when a
 * request may be sent; `penalize` holds every request of the connection
 * (the vendor answered 429, or its headers say the budget is spent).
 * Shared by every request of the connection in the process; the database
 * implementation (libs/db) shares it across processes too.
 */
export interface RequestLimiter {
  acquire(signal?: AbortSignal): Promise<void>;
  penalize(ms: number): Promise<void> | void;
}

/** How a bucket answers a reservation: how long the caller must wait before sending (0: now). */
export type Reserve = (cost: number) => Promise<number> | number;

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/**
 * A limiter over a reservation function: reserve one token, wait what the
 * bucket says. A wait longer than `maxWaitMs` (a daily quota spent) is not
 * slept through: it fails as `rate_limited` with the wait, so the run ends
 * and resumes later.
 */
export function reservingLimiter(reserve: Reserve, penalize: (ms: number) => Promise<void> | void, maxWaitMs: number): RequestLimiter {
  return {
    async acquire(signal) {
      const wait = await reserve(1);
      if (wait > maxWaitMs) {
        await reserve(-1); // the request is not sent: give its token back
        throw new RateLimitedError(`The request budget of this connection is spent for ${Math.ceil(wait / 1000)} s`, wait);
      }
      if (wait > 0) await sleep(wait, signal);
    },
    penalize,
  };
}

/**
 * A token bucket kept in this process: tokens refill at `perSecond`, up to
 * `burst`; a reservation may drive the balance below zero, and then the
 * caller waits until its token would have arrived (so concurrent callers
 * queue fairly instead of retrying).
 *
 * @example
 * const limiter = memoryLimiter({ perSecond: 25 });
 * await limiter.acquire(); // at most 25 a second, across every caller of this limiter
 */
export function memoryLimiter(budget: RateBudget, maxWaitMs = 60_000, now: () => number = Date.now): RequestLimiter {
  const capacity = budget.burst ?? Math.max(1, budget.perSecond);
  let tokens = capacity;
  let at = now();
  const refill = () => {
    const t = now();
    tokens = Math.min(capacity, tokens + ((t - at) / 1000) * budget.perSecond);
    at = t;
  };
  return reservingLimiter(
    (cost) => {
      refill();
      tokens -= cost;
      return tokens >= 0 ? 0 : Math.ceil((-tokens / budget.perSecond) * 1000);
    },
    (ms) => {
      refill();
      tokens = Math.min(tokens, -(ms / 1000) * budget.perSecond);
    },
    maxWaitMs,
  );
}
