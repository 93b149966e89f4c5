import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMIT_WAIT_MS, defaultClassify, type ErrorResponse } from './classify.js';

const response = (status: number, headers: Record<string, string> = {}): ErrorResponse => ({
  status,
  headers: new Headers(headers),
  body: undefined,
  text: '',
  label: 'GET https://api.acme.test/x',
});

describe('defaultClassify', () => {
  it.each([
    [401, 'auth_expired', false],
    [403, 'auth_revoked', false],
    [429, 'rate_limited', true],
    [408, 'transient', true],
    [500, 'transient', true],
    [503, 'transient', true],
    [400, 'vendor', false],
    [404, 'vendor', false],
    [422, 'vendor', false],
  ] as const)('%i -> %s', (status, kind, retryable) => {
    const error = defaultClassify(response(status));
    expect(error.kind).toBe(kind);
    expect(error.retryable).toBe(retryable);
    expect(error.status).toBe(status);
    expect(error.message).toContain('GET https://api.acme.test/x');
  });

  it('reads Retry-After on a 429 and defaults the wait without one', () => {
    expect(defaultClassify(response(429, { 'retry-after': '7' })).retryAfterMs).toBe(7000);
    expect(defaultClassify(response(429)).retryAfterMs).toBe(DEFAULT_RATE_LIMIT_WAIT_MS);
  });
});
