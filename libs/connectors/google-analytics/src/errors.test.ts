import type { ErrorResponse } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { classifyGoogleAnalyticsError } from './errors.js';

const response = (status: number, error?: { code: string; message: string }, headers: Record<string, string> = {}): ErrorResponse => ({
  status,
  headers: new Headers(headers),
  body: error ? { error } : undefined,
  text: '',
  label: 'GET https://api.google-analytics.example/v1/contacts',
});

describe('classifyGoogleAnalyticsError', () => {
  it('maps a rejected access token to auth_expired (refreshed once) and a refusal to auth_revoked, with the vendor code', () => {
    expect(classifyGoogleAnalyticsError(response(401, { code: 'unauthorized', message: 'The access token expired' }))).toMatchObject({
      kind: 'auth_expired',
      status: 401,
      vendorCode: 'unauthorized',
    });
    expect(classifyGoogleAnalyticsError(response(403, { code: 'forbidden', message: 'Missing scope contacts.read' }))).toMatchObject({
      kind: 'auth_revoked',
      retryable: false,
    });
  });

  it('maps 429 to rate_limited, waiting what Retry-After says or one second', () => {
    const limited = { code: 'rate_limited', message: 'Rate limit exceeded' };
    expect(classifyGoogleAnalyticsError(response(429, limited, { 'retry-after': '3' }))).toMatchObject({
      kind: 'rate_limited',
      retryAfterMs: 3_000,
    });
    expect(classifyGoogleAnalyticsError(response(429, limited))).toMatchObject({
      kind: 'rate_limited',
      retryable: true,
      retryAfterMs: 1_000,
    });
  });

  it('maps 5xx to transient, other vendor errors to vendor with their code, and leaves bodiless ones to the default', () => {
    expect(classifyGoogleAnalyticsError(response(503))).toMatchObject({ kind: 'transient', retryable: true });
    expect(classifyGoogleAnalyticsError(response(400, { code: 'invalid_request', message: 'updated_since must be ...' }))).toMatchObject({
      kind: 'vendor',
      vendorCode: 'invalid_request',
      retryable: false,
    });
    expect(classifyGoogleAnalyticsError(response(404))).toBeUndefined();
  });
});
