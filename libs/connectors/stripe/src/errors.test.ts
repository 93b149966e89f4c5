import type { ErrorResponse } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { classifyStripeError } from './errors.js';

const response = (status: number, error?: Record<string, string>, headers: Record<string, string> = {}): ErrorResponse => ({
  status,
  headers: new Headers(headers),
  body: error ? { error } : undefined,
  text: '',
  label: 'GET https://api.stripe.com/v1/charges',
});

describe('classifyStripeError', () => {
  it('maps 401 and 403 to auth_revoked (a key does not expire; it is rolled or lacks permission)', () => {
    const e401 = classifyStripeError(
      response(401, { type: 'invalid_request_error', message: 'Invalid API Key provided: sk_test_****1234' }),
    );
    expect(e401).toMatchObject({ kind: 'auth_revoked', retryable: false, status: 401 });
    expect(e401?.message).toContain('sk_test_****1234');
    expect(classifyStripeError(response(403, { type: 'invalid_request_error', code: 'secret_key_required' }))).toMatchObject({
      kind: 'auth_revoked',
      vendorCode: 'secret_key_required',
    });
  });

  it('maps 429s (rate_limit and lock_timeout, both invalid_request_error) to rate_limited with a short wait (Stripe sends no Retry-After)', () => {
    for (const code of ['rate_limit', 'lock_timeout']) {
      expect(classifyStripeError(response(429, { type: 'invalid_request_error', code }))).toMatchObject({
        kind: 'rate_limited',
        retryable: true,
        retryAfterMs: 1_500,
        vendorCode: code,
      });
    }
  });

  it('maps api_error and 5xx to transient, unless Stripe-Should-Retry says false', () => {
    expect(classifyStripeError(response(500, { type: 'api_error' }))).toMatchObject({ kind: 'transient', retryable: true });
    expect(classifyStripeError(response(503, { type: 'api_error' }, { 'stripe-should-retry': 'false' }))).toMatchObject({
      kind: 'transient',
      retryable: false,
    });
  });

  it('keeps the vendor code of other errors, retryable only when Stripe says so', () => {
    const missing = classifyStripeError(response(400, { type: 'invalid_request_error', code: 'resource_missing', param: 'ending_before' }));
    expect(missing).toMatchObject({ kind: 'vendor', vendorCode: 'resource_missing', retryable: false, status: 400 });
    expect(classifyStripeError(response(409, { type: 'idempotency_error' }, { 'stripe-should-retry': 'true' }))).toMatchObject({
      kind: 'vendor',
      retryable: true,
    });
    expect(classifyStripeError(response(404))).toBeUndefined();
  });
});
