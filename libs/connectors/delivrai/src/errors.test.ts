import type { ErrorResponse } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { classifyDelivraiError } from './errors.js';

const response = (status: number, body?: unknown, headers: Record<string, string> = {}): ErrorResponse => ({
  status,
  headers: new Headers(headers),
  body,
  text: body === undefined ? '' : JSON.stringify(body),
  label: 'GET https://apiv3.delivr.ai/api/v1/events',
});

describe('classifyDelivraiError', () => {
  it('maps a rejected key (401) and a missing secret or scope (403) to non-retryable auth errors', () => {
    const rejected = classifyDelivraiError(response(401, { error: 'unauthorized', message: 'Invalid API key' }));
    expect(rejected).toMatchObject({ kind: 'auth_revoked', retryable: false, status: 401 });
    expect(rejected?.message).toContain('Invalid API key');
    const secret = classifyDelivraiError(response(403, { error: 'forbidden', message: 'This organization requires the API secret' }));
    expect(secret).toMatchObject({ kind: 'auth_revoked', status: 403 });
    expect(secret?.message).toContain('API secret');
  });

  it('maps 429 to rate_limited, waiting Retry-After or two seconds (a burst of 50 at 25 a second)', () => {
    expect(classifyDelivraiError(response(429, undefined, { 'retry-after': '4' }))).toMatchObject({
      kind: 'rate_limited',
      retryAfterMs: 4_000,
    });
    expect(classifyDelivraiError(response(429))).toMatchObject({ kind: 'rate_limited', retryAfterMs: 2_000 });
  });

  it('maps 5xx to transient and a 400 (a window over 25 hours) to a vendor error with its message', () => {
    expect(classifyDelivraiError(response(502))).toMatchObject({ kind: 'transient', retryable: true });
    const bad = classifyDelivraiError(response(400, { detail: 'The time window must be at most 25 hours' }));
    expect(bad).toMatchObject({ kind: 'vendor', retryable: false });
    expect(bad?.message).toContain('25 hours');
  });
});
