import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpHarness } from '../testing/http-harness.js';
import { memoryLimiter, type RequestLimiter } from './limiter.js';

describe('memoryLimiter', () => {
  afterEach(() => vi.useRealTimers());

  it('lets a burst through, then spaces callers at the sustained rate, in arrival order', async () => {
    vi.useFakeTimers();
    const limiter = memoryLimiter({ perSecond: 10, burst: 2 }, 60_000, () => Date.now());
    const done: number[] = [];
    const start = Date.now();
    const all = Array.from({ length: 5 }, (_, i) => limiter.acquire().then(() => done.push(i) && Date.now() - start));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await Promise.all(all)).toEqual([0, 0, 100, 200, 300]);
    expect(done).toEqual([0, 1, 2, 3, 4]);
  });

  it('holds every caller after a penalty, and fails fast as rate_limited when the wait is longer than allowed', async () => {
    vi.useFakeTimers();
    const limiter = memoryLimiter({ perSecond: 10, burst: 10 }, 5_000, () => Date.now());
    limiter.penalize(2_000);
    const start = Date.now();
    const waited = limiter.acquire().then(() => Date.now() - start);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(await waited).toBeGreaterThanOrEqual(2_000);
    limiter.penalize(60_000);
    await expect(limiter.acquire()).rejects.toMatchObject({ kind: 'rate_limited', retryable: true });
  });
});

describe('the HTTP client with a limiter', () => {
  const harness = httpHarness();
  afterEach(harness.closeAll);

  it('asks the limiter before every attempt, retries included, and tells it about a 429', async () => {
    const calls: string[] = [];
    const limiter: RequestLimiter = {
      acquire: async () => void calls.push('acquire'),
      penalize: (ms) => void calls.push(`penalize ${ms}`),
    };
    const { http } = await harness.setup([{ status: 429, headers: { 'retry-after': '1' } }, { body: { ok: true } }], { limiter });
    expect((await http.request({ path: '/x' })).data).toEqual({ ok: true });
    expect(calls).toEqual(['acquire', 'penalize 1000', 'acquire']);
  });

  it('surfaces a spent budget as rate_limited without sending the request', async () => {
    const limiter = memoryLimiter({ perSecond: 1, burst: 1 }, 10);
    const { http, server } = await harness.setup([{ body: {} }], { limiter });
    await http.request({ path: '/x' });
    await expect(http.request({ path: '/x' })).rejects.toMatchObject({ kind: 'rate_limited' });
    expect(server.requests).toHaveLength(1);
  });
});
