import type { ErrorResponse } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { classifyDelivraiError } from './errors.js';

const response = (status: number, error?: { code: string; message: string }, headers: Record<string, string> = {}): ErrorResponse => ({
  status,
  headers: new Headers(headers),
  body: error ? { error } : undefined,
  text: '',
  label: 'GET https://api.delivrai.example/v1/contacts',
});

describe('classifyDelivraiError', () => {
  it('maps a rejected API key to a non-retryable auth error with the vendor code', () => {
    expect(classifyDelivraiError(response(401, { code: 'unauthorized', message: 'The API key is not valid' }))).toMatchObject({
      kind: 'auth_revoked',
      retryable: false,
      status: 401,
      vendorCode: 'unauthorized',
    });
    expect(classifyDelivraiError(response(403, { code: 'forbidden', message: 'No access to contacts' }))?.kind).toBe('auth_revoked');
  });

  it('maps 429 to rate_limited, waiting what Retry-After says or one second', () => {
    const limited = { code: 'rate_limited', message: 'Rate limit exceeded' };
    expect(classifyDelivraiError(response(429, limited, { 'retry-after': '3' }))).toMatchObject({
      kind: 'rate_limited',
      retryAfterMs: 3_000,
    });
    expect(classifyDelivraiError(response(429, limited))).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfterMs: 1_000 });
  });

  it('maps 5xx to transient, other vendor errors to vendor with their code, and leaves bodiless ones to the default', () => {
    expect(classifyDelivraiError(response(503))).toMatchObject({ kind: 'transient', retryable: true });
    expect(classifyDelivraiError(response(400, { code: 'invalid_request', message: 'updated_since must be ...' }))).toMatchObject({
      kind: 'vendor',
      vendorCode: 'invalid_request',
      retryable: false,
    });
    expect(classifyDelivraiError(response(404))).toBeUndefined();
  });
});
