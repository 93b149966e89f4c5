import { describe, expect, it } from 'vitest';
import { boundedBody, scrubError, serverWait } from './guards.js';

describe('serverWait', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  const wait = (headers: Record<string, string>) => serverWait(new Headers(headers), now);

  it('reads Retry-After first, then the RateLimit-Reset family, as ky does', () => {
    expect(wait({ 'retry-after': '2', 'ratelimit-reset': '60' })).toBe(2000);
    expect(wait({ 'ratelimit-reset': '60' })).toBe(60_000);
    expect(wait({ 'x-ratelimit-retry-after': '1.5' })).toBe(1500);
    expect(wait({ 'x-rate-limit-reset': '3' })).toBe(3000);
  });

  it('reads large numbers as epoch timestamps and HTTP dates relative to now', () => {
    expect(wait({ 'x-ratelimit-reset': String(now / 1000 + 90) })).toBe(90_000);
    expect(wait({ 'retry-after': 'Thu, 01 Jan 2026 00:01:00 GMT' })).toBe(60_000);
  });

  it('is undefined without a header and NaN for an unreadable one', () => {
    expect(wait({})).toBeUndefined();
    expect(wait({ 'retry-after': '' })).toBeUndefined();
    expect(wait({ 'retry-after': 'soon' })).toBeNaN();
  });
});

describe('boundedBody', () => {
  it('reads a complete body', async () => {
    expect(await boundedBody(1000).read(new Response('hello'))).toBe('hello');
  });

  it('aborts its signal when the body does not arrive in time, failing the read', async () => {
    const body = boundedBody(20);
    // A fetch body errors when its signal aborts; this stream does the same.
    const stalled = new ReadableStream({ start: (c) => body.signal.addEventListener('abort', () => c.error(body.signal.reason)) });
    await expect(body.read(new Response(stalled))).rejects.toThrow('body not received within 20 ms');
    expect(body.signal.aborted).toBe(true);
  });
});

describe('scrubError', () => {
  it('copies name, code and causes with secrets redacted and nothing else', () => {
    const inner = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const outer = Object.assign(new TypeError('GET https://x.test/?api_key=k123456789 failed', { cause: inner }), {
      request: { headers: 'Bearer k123456789' },
    });
    const copy = scrubError(outer, ['k123456789']);
    expect(copy?.name).toBe('TypeError');
    expect(copy?.message).toBe('GET https://x.test/?api_key=[REDACTED] failed');
    expect(copy?.stack).not.toContain('k123456789');
    expect(copy?.cause).toMatchObject({ message: 'connect ECONNREFUSED', code: 'ECONNREFUSED' });
    expect(JSON.stringify(copy)).not.toContain('k123456789');
    expect(Object.keys(copy ?? {})).not.toContain('request');
  });

  it('returns undefined for non-errors', () => {
    expect(scrubError('boom', [])).toBeUndefined();
  });
});
