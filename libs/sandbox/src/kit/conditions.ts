import type { Context, MiddlewareHandler } from 'hono';
import { createRng } from '../data/random.js';

/** The state of a caller's request budget, for the vendor's rate-limit headers. */
export interface BudgetState {
  limit: number;
  remaining: number;
  /** Seconds until the budget is full again. */
  resetSeconds: number;
  /** Seconds until the next request would be allowed (0 when allowed now). */
  retryAfterSeconds: number;
}

/** What the vendor answers over its limit (status, body and headers). A string body is sent as plain text, anything else as JSON. */
export interface LimitedAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/**
 * Realistic network and capacity conditions of a vendor API:
 * - `latencyMs` (+ up to `jitterMs`, seeded) before each answer;
 * - `bytesPerSecond`: a body of n bytes takes n / bytesPerSecond longer;
 * - `perSecond` + `burst`: a token bucket per caller (its credential):
 *   over it, the vendor's own answer (`limited`), and on every answer the
 *   vendor's rate-limit headers (`headers`) when it sends them.
 */
export interface VendorConditions {
  latencyMs?: number;
  jitterMs?: number;
  bytesPerSecond?: number;
  perSecond?: number;
  burst?: number;
  /**
   * The caller a budget belongs to (default: the Authorization header, else the `X-Api-Key` header).
   * Undefined: the request is not limited (an OAuth endpoint on another host, a path outside the API).
   */
  callerOf?: (c: Context) => string | undefined;
  /** The vendor's answer over the limit; gets the request for answers that name it (a request id). */
  limited?: (state: BudgetState, c: Context) => LimitedAnswer;
  headers?: (state: BudgetState) => Record<string, string>;
}

const defaultCaller = (c: Context): string => c.req.header('authorization') ?? c.req.header('x-api-key') ?? 'anonymous';
const sleep = (ms: number) => (ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

interface Bucket {
  tokens: number;
  at: number;
}

/** Take a token from the caller's bucket; the budget state after it. */
function take(buckets: Map<string, Bucket>, caller: string, perSecond: number, burst: number): BudgetState & { allowed: boolean } {
  const now = Date.now();
  const bucket = buckets.get(caller) ?? { tokens: burst, at: now };
  bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
  bucket.at = now;
  const allowed = bucket.tokens >= 1;
  if (allowed) bucket.tokens -= 1;
  buckets.set(caller, bucket);
  const remaining = Math.floor(bucket.tokens);
  return {
    allowed,
    limit: burst,
    remaining,
    resetSeconds: Math.ceil((burst - bucket.tokens) / perSecond),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond)),
  };
}

/**
 * Middleware applying `conditions()` (read on every request, so a test or
 * the bench can change them while the simulator runs).
 *
 * @example
 * app.use('*', vendorConditions(() => ({ latencyMs: 200, perSecond: 25, limited: () => ({ status: 429, body: { error: 'slow down' } }) })));
 */
export function vendorConditions(conditions: () => VendorConditions, seed = 1): MiddlewareHandler {
  const buckets = new Map<string, Bucket>();
  const rng = createRng(seed);
  return async (c, next) => {
    const now = conditions();
    await sleep((now.latencyMs ?? 0) + (now.jitterMs ? rng.next() * now.jitterMs : 0));
    let state: BudgetState | undefined;
    const caller = now.perSecond ? (now.callerOf ?? defaultCaller)(c) : undefined;
    if (now.perSecond && caller !== undefined) {
      const taken = take(buckets, caller, now.perSecond, now.burst ?? Math.max(1, Math.ceil(now.perSecond)));
      state = taken;
      if (!taken.allowed) {
        const answer = now.limited?.(taken, c) ?? { status: 429, body: { error: 'rate limited' } };
        const headers = { ...now.headers?.(taken), ...answer.headers };
        // A vendor that answers in plain text (Fathom) gets a text body, not a JSON string.
        if (typeof answer.body === 'string') return c.text(answer.body, answer.status as 429, headers);
        return c.json(answer.body as object, answer.status as 429, headers);
      }
    }
    await next();
    if (state && now.headers) for (const [name, value] of Object.entries(now.headers(state))) c.header(name, value);
    if (now.bytesPerSecond) {
      const length = Number(c.res.headers.get('content-length') ?? (await c.res.clone().arrayBuffer()).byteLength);
      await sleep((length / now.bytesPerSecond) * 1000);
    }
    return undefined;
  };
}
