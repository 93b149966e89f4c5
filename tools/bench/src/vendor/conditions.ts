import { Hono } from 'hono';
import { vendorConditions, type BudgetState } from '@tributary/sandbox';

/** What the bench asks of the vendor's network and capacity (the flags). */
export interface VendorFlags {
  latencyMs: number;
  jitterMs: number;
  /** Requests per second per API key (Stripe: 25 in test mode, 100 live). */
  rate?: number;
  bytesPerSecond?: number;
}

/** Requests the simulator answered and the 429s it sent. */
export interface VendorCounts {
  requests: number;
  limited: number;
  /** Milliseconds from the first request to each 429 (to tell the first probe from later ones). */
  limitedAtMs: number[];
}

/**
 * Stripe's answer over its rate limit, as the simulator's own limiter sends
 * it (https://docs.stripe.com/rate-limits): no Retry-After, `Stripe-Should-Retry`.
 */
export function stripeLimited(): { status: number; body: unknown; headers: Record<string, string> } {
  const message = 'Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.';
  return {
    status: 429,
    body: { error: { type: 'rate_limit_error', code: 'rate_limit', message, doc_url: 'https://stripe.com/docs/error-codes/rate-limit' } },
    headers: { 'Stripe-Should-Retry': 'true', 'Request-Id': `req_bench${Date.now().toString(36)}` },
  };
}

/**
 * `app` (the Stripe simulator) behind the sandbox kit's `vendorConditions`:
 * latency plus seeded jitter, bandwidth, and a token bucket per API key
 * answering with Stripe's 429; counts what reaches it.
 */
export function withVendorConditions(app: Hono, flags: VendorFlags): { app: Hono; counts: VendorCounts; reset(): void } {
  const counts: VendorCounts = { requests: 0, limited: 0, limitedAtMs: [] };
  let firstAt: number | undefined;
  const outer = new Hono();
  outer.use('*', async (c, next) => {
    firstAt ??= Date.now();
    counts.requests++;
    await next();
    if (c.res.status === 429) {
      counts.limited++;
      counts.limitedAtMs.push(Date.now() - firstAt);
    }
  });
  outer.use(
    '*',
    vendorConditions(() => ({
      latencyMs: flags.latencyMs,
      jitterMs: flags.jitterMs,
      ...(flags.bytesPerSecond ? { bytesPerSecond: flags.bytesPerSecond } : {}),
      // Stripe's bucket: `rate` a second, a burst of one second's worth (test mode 25).
      ...(flags.rate ? { perSecond: flags.rate, burst: Math.ceil(flags.rate) } : {}),
      limited: (_state: BudgetState) => stripeLimited(),
    })),
  );
  outer.all('*', (c) => app.fetch(c.req.raw));
  const reset = () => {
    Object.assign(counts, { requests: 0, limited: 0, limitedAtMs: [] });
    firstAt = undefined;
  };
  return { app: outer, counts, reset };
}
