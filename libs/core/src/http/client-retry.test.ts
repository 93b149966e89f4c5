import { afterEach, describe, expect, it } from 'vitest';
import { RateLimitedError, TransientError, VendorError } from '../errors/errors.js';
import { captureLogger } from '../testing/index.js';
import { httpHarness, rejection } from '../testing/http-harness.js';

const harness = httpHarness();
const { setup } = harness;
afterEach(harness.closeAll);

const retryLines = (logger: ReturnType<typeof captureLogger>) => logger.lines.filter((l) => l.msg === 'http retry');

describe('createHttpClient: rate limits', () => {
  it('waits a short Retry-After in-process and succeeds', async () => {
    const logger = captureLogger();
    const { server, http } = await setup([{ status: 429, headers: { 'retry-after': '0.05' } }, { body: { ok: true } }], { logger });
    expect((await http.request({ path: '/items' })).data).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
    expect(retryLines(logger)).toHaveLength(1);
    expect(retryLines(logger)[0]?.level).toBe('warn');
  });

  it('fails fast as rate_limited, without retrying, when Retry-After exceeds the inline maximum', async () => {
    const { server, http } = await setup([{ status: 429, headers: { 'retry-after': '120' } }, { body: {} }], {
      maxInlineRetryAfterMs: 1000,
    });
    const error = await rejection(http.request({ path: '/items' }));
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfterMs: 120_000, status: 429 });
    expect(server.requests).toHaveLength(1);
  });

  it('fails fast too when only a long RateLimit-Reset is sent', { timeout: 5000 }, async () => {
    const { server, http } = await setup([{ status: 429, headers: { 'ratelimit-reset': '3600' } }, { body: {} }], {
      maxInlineRetryAfterMs: 1000,
    });
    const error = await rejection(http.request({ path: '/items' }));
    expect(error.kind).toBe('rate_limited');
    expect(server.requests).toHaveLength(1);
  });

  it('fails fast on a reset time given as a distant epoch timestamp', { timeout: 5000 }, async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    const { server, http } = await setup([{ status: 503, headers: { 'x-ratelimit-reset': reset } }, { body: {} }], {
      maxInlineRetryAfterMs: 1000,
    });
    expect(await rejection(http.request({ path: '/items' }))).toMatchObject({ kind: 'transient', status: 503 });
    expect(server.requests).toHaveLength(1);
  });

  it('waits a short reset time in-process', async () => {
    const { server, http } = await setup([{ status: 429, headers: { 'ratelimit-reset': '0.02' } }, { body: { ok: true } }]);
    expect((await http.request({ path: '/items' })).data).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
  });

  it('backs off normally when Retry-After is unreadable', { timeout: 5000 }, async () => {
    const { server, http } = await setup([{ status: 429, headers: { 'retry-after': 'soon' } }, { body: { ok: true } }]);
    expect((await http.request({ path: '/items' })).data).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
  });

  it('retries a 429 without Retry-After with backoff, then reports the default wait', async () => {
    const { server, http } = await setup([{ status: 429 }]);
    const error = await rejection(http.request({ path: '/items' }));
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterMs: 60_000 });
    expect(server.requests).toHaveLength(3);
  });
});

describe('createHttpClient: server errors', () => {
  it('retries a 503 and succeeds when the server recovers', async () => {
    const { server, http } = await setup([{ status: 503 }, { status: 502 }, { body: { ok: 1 } }]);
    expect((await http.request({ path: '/items' })).data).toEqual({ ok: 1 });
    expect(server.requests).toHaveLength(3);
  });

  it('gives up with a retryable TransientError after `retries` retries', async () => {
    const logger = captureLogger();
    const { server, http } = await setup([{ status: 503, body: 'down' }], { retries: 3, logger });
    const error = await rejection(http.request({ path: '/items' }));
    expect(error).toBeInstanceOf(TransientError);
    expect(error).toMatchObject({ status: 503, retryable: true });
    expect(server.requests).toHaveLength(4);
    expect(retryLines(logger).map((l) => l.obj['attempt'])).toEqual([1, 2, 3]);
  });

  it('makes a single attempt with retries 0', async () => {
    const { server, http } = await setup([{ status: 500 }], { retries: 0 });
    expect((await rejection(http.request({ path: '/items' }))).kind).toBe('transient');
    expect(server.requests).toHaveLength(1);
  });

  it('does not retry a POST unless it is marked idempotent', async () => {
    const { server, http } = await setup([{ status: 503 }]);
    await rejection(http.request({ method: 'POST', path: '/items', json: { a: 1 } }));
    expect(server.requests).toHaveLength(1);
    await rejection(http.request({ method: 'POST', path: '/search', json: { a: 1 }, idempotent: true }));
    expect(server.requests).toHaveLength(4);
    expect(server.requests.slice(1).map((r) => r.body)).toEqual(['{"a":1}', '{"a":1}', '{"a":1}']);
  });

  it('retries PUT and DELETE, which are idempotent', async () => {
    const { server, http } = await setup([{ status: 503 }]);
    await rejection(http.request({ method: 'PUT', path: '/items/1', json: {} }));
    await rejection(http.request({ method: 'DELETE', path: '/items/1' }));
    expect(server.requests.map((r) => r.method)).toEqual(['PUT', 'PUT', 'PUT', 'DELETE', 'DELETE', 'DELETE']);
  });
});

describe('createHttpClient: retryHint', () => {
  it('false stops the retry of a retryable status, whatever its headers say', async () => {
    const { server, http } = await setup([{ status: 503 }, { status: 503, headers: { 'retry-after': 'soon' } }, { body: {} }], {
      retryHint: () => false,
    });
    expect(await rejection(http.request({ path: '/items' }))).toBeInstanceOf(TransientError);
    expect(server.requests).toHaveLength(1);
    expect(await rejection(http.request({ path: '/items' }))).toBeInstanceOf(TransientError);
    expect(server.requests).toHaveLength(2);
  });

  it('true retries a status that is otherwise final', async () => {
    const { server, http } = await setup([{ status: 409 }, { body: { ok: true } }], {
      retryHint: (r) => (r.headers.get('x-should-retry') === 'false' ? false : true),
    });
    expect((await http.request({ path: '/items' })).data).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
  });

  it('true still respects the retry limit and the method', async () => {
    const { server, http } = await setup([{ status: 409 }], { retryHint: () => true });
    expect(await rejection(http.request({ path: '/items' }))).toBeInstanceOf(VendorError);
    expect(server.requests).toHaveLength(3);
    await rejection(http.request({ method: 'POST', path: '/items' }));
    expect(server.requests).toHaveLength(4);
  });

  it('true on a retryable status keeps the default handling, honouring Retry-After', async () => {
    const { server, http } = await setup([{ status: 429, headers: { 'retry-after': '120' } }], {
      retryHint: () => true,
      maxInlineRetryAfterMs: 1000,
    });
    expect(await rejection(http.request({ path: '/items' }))).toMatchObject({ kind: 'rate_limited', retryAfterMs: 120_000 });
    expect(server.requests).toHaveLength(1);
  });

  it('undefined defers to the status: a 409 is final', async () => {
    const { server, http } = await setup([{ status: 409 }], { retryHint: () => undefined });
    expect(await rejection(http.request({ path: '/items' }))).toMatchObject({ kind: 'vendor', status: 409 });
    expect(server.requests).toHaveLength(1);
  });
});
