import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { withVendorConditions } from './conditions.js';

const vendor = () => {
  const app = new Hono();
  app.get('/v1/charges', (c) => c.json({ object: 'list', data: [], has_more: false }));
  return app;
};
const get = (app: Hono, key = 'sk_test_a') => app.request('/v1/charges', { headers: { Authorization: `Bearer ${key}` } });

describe('withVendorConditions', () => {
  it("answers over the rate limit with Stripe's 429 body and headers, and counts it", async () => {
    const { app, counts } = withVendorConditions(vendor(), { latencyMs: 0, jitterMs: 0, rate: 2 });
    const answers = [await get(app), await get(app), await get(app)];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 429]);
    const limited = answers[2];
    expect(limited?.headers.get('stripe-should-retry')).toBe('true');
    expect(limited?.headers.get('retry-after')).toBeNull();
    expect(await limited?.json()).toMatchObject({ error: { type: 'rate_limit_error', code: 'rate_limit' } });
    expect(counts).toMatchObject({ requests: 3, limited: 1 });
    expect(counts.limitedAtMs).toHaveLength(1);
  });

  it('keeps one budget per API key and passes the vendor answer through', async () => {
    const { app, counts } = withVendorConditions(vendor(), { latencyMs: 0, jitterMs: 0, rate: 1 });
    expect((await get(app, 'sk_test_a')).status).toBe(200);
    const other = await get(app, 'sk_test_b');
    expect(other.status).toBe(200);
    expect(await other.json()).toEqual({ object: 'list', data: [], has_more: false });
    expect(counts.limited).toBe(0);
  });

  it('counts each run from zero after reset', async () => {
    const wrapped = withVendorConditions(vendor(), { latencyMs: 0, jitterMs: 0 });
    await get(wrapped.app);
    wrapped.reset();
    await get(wrapped.app);
    expect(wrapped.counts).toEqual({ requests: 1, limited: 0, limitedAtMs: [] });
  });
});
