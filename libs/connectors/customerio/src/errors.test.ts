import type { ErrorResponse } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { classifyCustomerioError } from './errors.js';

const response = (status: number, body?: unknown, headers: Record<string, string> = {}): ErrorResponse => ({
  status,
  headers: new Headers(headers),
  body,
  text: body === undefined ? '' : JSON.stringify(body),
  label: 'GET https://api.customer.io/v1/messages',
});

describe('classifyCustomerioError', () => {
  it('maps a rejected App API key (401, 403) to a non-retryable auth error with the message', () => {
    const rejected = classifyCustomerioError(response(401, { meta: { error: 'Unauthorized request' } }));
    expect(rejected).toMatchObject({ kind: 'auth_revoked', retryable: false, status: 401 });
    expect(rejected?.message).toContain('Unauthorized request');
    expect(classifyCustomerioError(response(403))?.kind).toBe('auth_revoked');
  });

  it('maps 429 to rate_limited, waiting what Retry-After says or one second', () => {
    expect(classifyCustomerioError(response(429, { meta: { error: 'Too Many Requests' } }, { 'retry-after': '3' }))).toMatchObject({
      kind: 'rate_limited',
      retryAfterMs: 3_000,
    });
    expect(classifyCustomerioError(response(429))).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfterMs: 1_000 });
  });

  it('maps 5xx and 408 to transient, and the rest to vendor errors with every message of `meta.errors`', () => {
    expect(classifyCustomerioError(response(503))).toMatchObject({ kind: 'transient', retryable: true });
    expect(classifyCustomerioError(response(408))).toMatchObject({ kind: 'transient' });
    const bad = classifyCustomerioError(response(400, { meta: { errors: ['start_ts is invalid', 'end_ts is invalid'] } }));
    expect(bad).toMatchObject({ kind: 'vendor', retryable: false, status: 400 });
    expect(bad?.message).toContain('start_ts is invalid; end_ts is invalid');
    expect(classifyCustomerioError(response(404, '<html>'))?.message).toBe(
      'Customer.io refused GET https://api.customer.io/v1/messages (404)',
    );
  });
});
