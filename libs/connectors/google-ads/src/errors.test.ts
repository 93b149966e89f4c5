import type { ErrorResponse } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { GoogleAdsErrorBody } from './api.js';
import { classifyGoogleAdsError, DEFAULT_QUOTA_WAIT_MS, retryHint, streamFailure } from './errors.js';

const FAILURE = 'type.googleapis.com/google.ads.googleads.v26.errors.GoogleAdsFailure';

const envelope = (code: number, status: string, errors: unknown[] = [], extra: unknown[] = []) => ({
  error: {
    code,
    message: 'top-level message',
    status,
    details: [...(errors.length ? [{ '@type': FAILURE, errors, requestId: 'req-123' }] : []), ...extra],
  },
});
const response = (status: number, body: unknown): ErrorResponse => ({
  status,
  headers: new Headers(),
  body,
  text: JSON.stringify(body),
  label: 'POST https://googleads.googleapis.com/v26/customers/1234567890/googleAds:searchStream',
});
const failing = (errorCode: Record<string, string>, message = 'specific message', details?: unknown) => ({
  errorCode,
  message,
  ...(details ? { details } : {}),
});

describe('classifyGoogleAdsError', () => {
  it('maps quota errors to rate_limited with the retryDelay of QuotaErrorDetails', () => {
    const quota = envelope(429, 'RESOURCE_EXHAUSTED', [
      failing({ quotaError: 'RESOURCE_EXHAUSTED' }, 'Too many requests. Retry in 40591 seconds.', {
        quotaErrorDetails: { rateScope: 'DEVELOPER', rateName: 'Number of operations for basic access', retryDelay: '40591s' },
      }),
    ]);
    const error = classifyGoogleAdsError(response(429, quota));
    expect(error).toMatchObject({
      kind: 'rate_limited',
      retryable: true,
      retryAfterMs: 40_591_000,
      vendorCode: 'RESOURCE_EXHAUSTED',
      status: 429,
    });
    expect(error?.message).toContain('Retry in 40591 seconds');
    expect(error?.message).toContain('req-123');
  });

  it('reads retry_delay in snake case, fractional durations, google.rpc.RetryInfo, and searchStream arrays', () => {
    const snake = envelope(429, 'RESOURCE_EXHAUSTED', [
      failing({ quotaError: 'RESOURCE_TEMPORARILY_EXHAUSTED' }, 'm', {
        quota_error_details: { retry_delay: { seconds: '2', nanos: 500_000_000 } },
      }),
    ]);
    expect(classifyGoogleAdsError(response(429, snake))?.retryAfterMs).toBe(2_500);
    const info = envelope(429, 'RESOURCE_EXHAUSTED', [], [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '1.5s' }]);
    expect(classifyGoogleAdsError(response(429, [info]))?.retryAfterMs).toBe(1_500);
    const bare = envelope(429, 'RESOURCE_EXHAUSTED');
    expect(classifyGoogleAdsError(response(429, bare))).toMatchObject({ kind: 'rate_limited', retryAfterMs: DEFAULT_QUOTA_WAIT_MS });
  });

  it('maps a rejected token (401 without details) to auth_expired, which a refresh can fix', () => {
    const body = { error: { code: 401, message: 'Request had invalid authentication credentials.', status: 'UNAUTHENTICATED' } };
    expect(classifyGoogleAdsError(response(401, body))).toMatchObject({
      kind: 'auth_expired',
      retryable: false,
      vendorCode: 'UNAUTHENTICATED',
    });
    const expired = envelope(401, 'UNAUTHENTICATED', [failing({ authenticationError: 'OAUTH_TOKEN_EXPIRED' })]);
    expect(classifyGoogleAdsError(response(401, expired))).toMatchObject({ kind: 'auth_expired', vendorCode: 'OAUTH_TOKEN_EXPIRED' });
  });

  it('maps a Google login without access to auth_revoked (reconnect), never retryable', () => {
    for (const code of ['NOT_ADS_USER', 'OAUTH_TOKEN_REVOKED', 'GOOGLE_ACCOUNT_DELETED']) {
      const body = envelope(401, 'UNAUTHENTICATED', [failing({ authenticationError: code })]);
      expect(classifyGoogleAdsError(response(401, body))).toMatchObject({ kind: 'auth_revoked', retryable: false, vendorCode: code });
    }
    const denied = envelope(403, 'PERMISSION_DENIED', [
      failing({ authorizationError: 'USER_PERMISSION_DENIED' }, "User doesn't have permission to access customer."),
    ]);
    const error = classifyGoogleAdsError(response(403, [denied]));
    expect(error).toMatchObject({ kind: 'auth_revoked', retryable: false, vendorCode: 'USER_PERMISSION_DENIED' });
    expect(error?.message).toMatch(/login-customer-id/);
    const scope = envelope(
      403,
      'PERMISSION_DENIED',
      [],
      [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT' }],
    );
    expect(classifyGoogleAdsError(response(403, scope))).toMatchObject({ kind: 'auth_revoked', message: /grant access to Google Ads/ });
  });

  it('maps unusable accounts and Cloud project problems to config', () => {
    const codes: Array<Record<string, string>> = [
      { authorizationError: 'CUSTOMER_NOT_ENABLED' },
      { authorizationError: 'DEVELOPER_TOKEN_NOT_APPROVED' },
      { authorizationError: 'CLOUD_PROJECT_NOT_APPROVED_FOR_PRODUCTION' },
      { queryError: 'REQUESTED_METRICS_FOR_MANAGER' },
      { quotaError: 'ACCESS_PROHIBITED' },
    ];
    for (const errorCode of codes) {
      const body = envelope(403, 'PERMISSION_DENIED', [failing(errorCode)]);
      expect(classifyGoogleAdsError(response(403, body))).toMatchObject({
        kind: 'config',
        retryable: false,
        vendorCode: Object.values(errorCode)[0],
      });
    }
    const disabled = classifyGoogleAdsError(
      response(403, envelope(403, 'PERMISSION_DENIED', [failing({ authorizationError: 'CUSTOMER_NOT_ENABLED' })])),
    );
    expect(disabled?.message).toMatch(/deselect it/);
  });

  it('maps internal errors and outages to transient, query mistakes to vendor', () => {
    const internal = envelope(500, 'INTERNAL', [failing({ internalError: 'INTERNAL_ERROR' })]);
    expect(classifyGoogleAdsError(response(500, internal))).toMatchObject({ kind: 'transient', retryable: true });
    const unavailable = { error: { code: 503, message: 'The service is currently unavailable.', status: 'UNAVAILABLE' } };
    expect(classifyGoogleAdsError(response(503, unavailable))).toMatchObject({ kind: 'transient' });
    const query = envelope(400, 'INVALID_ARGUMENT', [failing({ queryError: 'UNRECOGNIZED_FIELD' })]);
    expect(classifyGoogleAdsError(response(400, [query]))).toMatchObject({
      kind: 'vendor',
      retryable: false,
      vendorCode: 'UNRECOGNIZED_FIELD',
    });
  });

  it('leaves bodies that are not Google envelopes to the default classification', () => {
    expect(classifyGoogleAdsError(response(404, '<html>404</html>'))).toBeUndefined();
    expect(classifyGoogleAdsError(response(502, undefined))).toBeUndefined();
  });

  it('classifies an error that arrives inside a 200 searchStream array', () => {
    const part = envelope(429, 'RESOURCE_EXHAUSTED', [
      failing({ quotaError: 'RESOURCE_EXHAUSTED' }, 'm', { quotaErrorDetails: { retryDelay: '30s' } }),
    ]);
    expect(streamFailure(GoogleAdsErrorBody.parse(part), 'POST /x')).toMatchObject({
      kind: 'rate_limited',
      retryAfterMs: 30_000,
    });
  });

  it('never retries a 429 inside the request: the sync waits the retry delay instead', () => {
    expect(retryHint(new Response(null, { status: 429 }))).toBe(false);
    expect(retryHint(new Response(null, { status: 503 }))).toBeUndefined();
  });
});
