import type { ErrorResponse } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { classifyFathomError, rateLimitWait } from './errors.js';

const response = (status: number, text = '', headers: Record<string, string> = {}, body?: unknown): ErrorResponse => ({
  status,
  headers: new Headers(headers),
  body,
  text,
  label: 'GET https://api.fathom.ai/external/v1/meetings',
});

describe('classifyFathomError', () => {
  it('maps 401 and 403 to auth_revoked: an API key does not expire, only a new one helps', () => {
    expect(classifyFathomError(response(401, 'Unauthorized'))).toMatchObject({ kind: 'auth_revoked', retryable: false, status: 401 });
    expect(classifyFathomError(response(401, 'Unauthorized'))?.message).toBe('Fathom rejected the API key (401): Unauthorized');
    expect(classifyFathomError(response(403))).toMatchObject({ kind: 'auth_revoked', status: 403 });
  });

  it('maps 429 to rate_limited, waiting what RateLimit-Reset says (else Retry-After, else a whole window)', () => {
    expect(classifyFathomError(response(429, 'Too Many Requests', { 'RateLimit-Reset': '17' }))).toMatchObject({
      kind: 'rate_limited',
      retryable: true,
      retryAfterMs: 17_000,
    });
    expect(classifyFathomError(response(429, '', { 'Retry-After': '3' }))).toMatchObject({ retryAfterMs: 3_000 });
    expect(classifyFathomError(response(429))).toMatchObject({ retryAfterMs: 60_000 });
  });

  it('reads the reset leniently: at least a second, and a junk value falls back', () => {
    expect(rateLimitWait(new Headers({ 'RateLimit-Reset': '0' }))).toBe(1_000);
    expect(rateLimitWait(new Headers({ 'RateLimit-Reset': 'soon' }))).toBe(60_000);
  });

  it('maps 5xx and 408 to transient, the rest (bad parameters, not found) to vendor', () => {
    expect(classifyFathomError(response(503, 'Service Unavailable'))).toMatchObject({ kind: 'transient', retryable: true });
    expect(classifyFathomError(response(408))).toMatchObject({ kind: 'transient' });
    const bad = classifyFathomError(response(400, 'Invalid value for created_after'));
    expect(bad).toMatchObject({ kind: 'vendor', retryable: false, status: 400 });
    expect(bad?.message).toContain('Invalid value for created_after');
  });

  it('takes the message from a JSON body of the usual shapes, and ignores an HTML page', () => {
    expect(classifyFathomError(response(400, '', {}, { error: 'bad cursor' }))?.message).toContain(': bad cursor');
    expect(classifyFathomError(response(400, '', {}, { errors: ['a', 'b'] }))?.message).toContain(': a; b');
    expect(classifyFathomError(response(502, '<html><body>Bad Gateway</body></html>'))?.message).toBe('Fathom API error (502)');
  });
});
