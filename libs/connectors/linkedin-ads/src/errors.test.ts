import type { ErrorResponse } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { classifyLinkedInError, msUntilUtcMidnight, retryHint } from './errors.js';

const response = (status: number, body: unknown): ErrorResponse => ({
  status,
  headers: new Headers(),
  body,
  text: JSON.stringify(body),
  label: 'GET https://api.linkedin.com/rest/adAnalytics',
});
const NOW = new Date('2026-10-14T21:30:00Z');

describe('classifyLinkedInError', () => {
  it('maps a revoked token and other 401s to auth_revoked, an expired one to auth_expired (a refresh fixes it)', () => {
    const revoked = {
      status: 401,
      serviceErrorCode: 65601,
      code: 'REVOKED_ACCESS_TOKEN',
      message: 'The token used in the request has been revoked by the user',
    };
    expect(classifyLinkedInError(response(401, revoked))).toMatchObject({
      kind: 'auth_revoked',
      retryable: false,
      vendorCode: 'REVOKED_ACCESS_TOKEN',
    });
    expect(
      classifyLinkedInError(response(401, { status: 401, serviceErrorCode: 65600, code: 'INVALID_ACCESS_TOKEN', message: 'x' })),
    ).toMatchObject({
      kind: 'auth_revoked',
    });
    expect(classifyLinkedInError(response(401, { status: 401, code: 'EXPIRED_ACCESS_TOKEN', message: 'expired' }))).toMatchObject({
      kind: 'auth_expired',
    });
  });

  it('maps 403 to auth_revoked with what to grant', () => {
    const denied = { status: 403, serviceErrorCode: 100, code: 'ACCESS_DENIED', message: 'Not enough permissions to access: adAnalytics' };
    expect(classifyLinkedInError(response(403, denied))).toMatchObject({
      kind: 'auth_revoked',
      message: expect.stringMatching(/r_ads_reporting/),
    });
  });

  it('maps 429 to rate_limited until the daily limits reset at midnight UTC, and never retries it in the request', () => {
    const limited = {
      status: 429,
      code: 'TOO_MANY_REQUESTS',
      message: 'Resource level throttle APPLICATION DAY limit for calls to this resource is reached.',
    };
    expect(classifyLinkedInError(response(429, limited), () => NOW)).toMatchObject({
      kind: 'rate_limited',
      retryable: true,
      retryAfterMs: 2.5 * 3_600_000,
    });
    expect(msUntilUtcMidnight(new Date('2026-12-31T23:59:00Z'))).toBe(60_000);
    expect(retryHint(new Response(null, { status: 429 }))).toBe(false);
    expect(retryHint(new Response(null, { status: 503 }))).toBeUndefined();
  });

  it('maps 5xx to transient and other errors to vendor, and leaves foreign bodies to the default', () => {
    expect(classifyLinkedInError(response(500, { status: 500, message: 'Internal Server Error' }))).toMatchObject({ kind: 'transient' });
    expect(classifyLinkedInError(response(400, { status: 400, code: 'ILLEGAL_ARGUMENT', message: 'Invalid param' }))).toMatchObject({
      kind: 'vendor',
      vendorCode: 'ILLEGAL_ARGUMENT',
      message: 'LinkedIn 400 ILLEGAL_ARGUMENT: Invalid param',
    });
    expect(classifyLinkedInError(response(502, '<html>bad gateway</html>'))).toBeUndefined();
    expect(classifyLinkedInError(response(400, { error: { code: 100 } }))).toBeUndefined();
  });
});
