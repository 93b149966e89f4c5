import type { RunningServer } from '@tributary/sandbox';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STRIPE_LOCK_TIMEOUT } from './errors.js';
import { createStripeSimulator, type StripeSimulator } from './simulator.js';

describe('Stripe-shaped faults and rate limiting (real HTTP)', () => {
  let stripe: StripeSimulator;
  let server: RunningServer;
  const start = async (rateLimitPerSecond?: number) => {
    stripe = createStripeSimulator({ seed: 2, customers: 5, charges: 50, rateLimitPerSecond });
    server = await stripe.start();
  };
  afterEach(() => server.close());

  const get = (path = '/v1/charges') => fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${stripe.apiKey}` } });

  describe('injected', () => {
    beforeEach(() => start());

    it('answers a 429 like Stripe: invalid_request_error with code rate_limit, Stripe-Should-Retry, no Retry-After', async () => {
      stripe.faults.add({ path: '/v1/charges' }, { kind: 'status', status: 429 });
      const res = await get();
      expect(res.status).toBe(429);
      expect(res.headers.get('stripe-should-retry')).toBe('true');
      expect(res.headers.get('retry-after')).toBeNull();
      expect(res.headers.get('request-id')).toMatch(/^req_/);
      // The spec's error types are api_error, card_error, idempotency_error and invalid_request_error: no rate_limit_error.
      expect(await res.json()).toMatchObject({ error: { type: 'invalid_request_error', code: 'rate_limit' } });
      expect((await get()).status).toBe(200);
    });

    it('answers a held lock with 429 lock_timeout, and a 409 with idempotency_error', async () => {
      stripe.faults.add({ path: '/v1/charges' }, { kind: 'status', status: 429, body: STRIPE_LOCK_TIMEOUT });
      const locked = await get();
      expect(locked.status).toBe(429);
      expect(locked.headers.get('stripe-should-retry')).toBe('true');
      expect(await locked.json()).toMatchObject({ error: { type: 'invalid_request_error', code: 'lock_timeout' } });
      stripe.faults.add({ path: '/v1/charges' }, { kind: 'status', status: 409 });
      expect(await (await get()).json()).toMatchObject({ error: { type: 'idempotency_error' } });
    });

    it('adds Retry-After only when the fault sets one', async () => {
      stripe.faults.add({ path: '/v1/charges' }, { kind: 'status', status: 429, headers: { 'Retry-After': '3' } });
      expect((await get()).headers.get('retry-after')).toBe('3');
    });

    it('answers a 500 with api_error and a 401 with the masked-key message', async () => {
      stripe.faults.add({ path: '/v1/charges' }, { kind: 'status', status: 500 });
      stripe.faults.add({ path: '/v1/customers' }, { kind: 'status', status: 401 });
      expect(await (await get()).json()).toEqual({ error: { type: 'api_error', message: 'An unknown error occurred' } });
      const unauthorized = await get('/v1/customers');
      expect(unauthorized.status).toBe(401);
      const text = await unauthorized.text();
      expect(text).toContain('Invalid API Key provided: sk_test_********');
      expect(text).not.toContain(stripe.apiKey);
    });

    it('truncates a real list body for malformed_json, and resets connections', async () => {
      stripe.faults.add({ path: '/v1/charges' }, { kind: 'malformed_json' });
      const res = await get();
      const text = await res.text();
      expect(text.startsWith('{"object":"list"')).toBe(true);
      expect(() => JSON.parse(text)).toThrow(SyntaxError);
      stripe.faults.add({ path: '/v1/charges' }, { kind: 'reset' });
      await expect(get()).rejects.toThrow(TypeError);
    });

    it('logs every request, faulted ones included', async () => {
      stripe.faults.add({ path: '/v1/charges' }, { kind: 'status', status: 503 });
      await get('/v1/charges?limit=5&expand[]=data.customer');
      await get('/v1/charges?limit=5');
      expect(stripe.requests.all.map((r) => r.query)).toEqual([{ limit: ['5'], 'expand[]': ['data.customer'] }, { limit: ['5'] }]);
      expect(stripe.requests.count({ path: '/v1/charges' })).toBe(2);
    });
  });

  it('rate limits beyond rateLimitPerSecond (a token bucket per key), with the rate_limit body', async () => {
    await start(5);
    // 30 at once: a second's burst of 5 passes, plus what refills (5/s) while they arrive; far from all 30.
    const answers = await Promise.all(Array.from({ length: 30 }, () => get()));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    const limited = answers.find((r) => r.status === 429);
    expect(await limited?.json()).toMatchObject({ error: { type: 'invalid_request_error', code: 'rate_limit' } });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await get()).status).toBe(200);
  });
});
