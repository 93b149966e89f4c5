import type { ErrorResponse } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { classifyGoogleAnalyticsError } from './errors.js';
import { quotaWaitMs, untilMidnight } from './quota.js';

const response = (status: number, message: string, headers: Record<string, string> = {}): ErrorResponse => ({
  status,
  headers: new Headers(headers),
  body: {
    error: {
      code: status,
      message,
      status: {
        400: 'INVALID_ARGUMENT',
        401: 'UNAUTHENTICATED',
        403: 'PERMISSION_DENIED',
        404: 'NOT_FOUND',
        429: 'RESOURCE_EXHAUSTED',
        503: 'UNAVAILABLE',
      }[status],
    },
  },
  text: '',
  label: 'POST https://analyticsdata.googleapis.com/v1beta/properties/1:runReport',
});
const at = new Date('2026-12-06T11:45:00Z');

describe('classifyGoogleAnalyticsError', () => {
  it('maps UNAUTHENTICATED to auth_expired, a missing scope to auth_revoked, an unreadable or gone property to config', () => {
    expect(classifyGoogleAnalyticsError(response(401, 'Request had invalid authentication credentials.'))).toMatchObject({
      kind: 'auth_expired',
      vendorCode: 'UNAUTHENTICATED',
    });
    expect(classifyGoogleAnalyticsError(response(403, 'Request had insufficient authentication scopes.'))).toMatchObject({
      kind: 'auth_revoked',
    });
    const denied = classifyGoogleAnalyticsError(response(403, 'User does not have sufficient permissions for this property.'));
    expect(denied).toMatchObject({ kind: 'config', retryable: false });
    expect(denied?.message).toContain('deselect it');
    expect(classifyGoogleAnalyticsError(response(404, 'Property not found'))).toMatchObject({ kind: 'config' });
  });

  it('maps RESOURCE_EXHAUSTED to rate_limited until the named quota refills', () => {
    const hourly = classifyGoogleAnalyticsError(response(429, 'Exhausted property tokens per hour.'), at);
    expect(hourly).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfterMs: 15 * 60_000 });
    const daily = classifyGoogleAnalyticsError(response(429, 'Exhausted property tokens per day.'), at);
    // 03:45 in Los Angeles (PST): 20 h 15 min to midnight.
    expect(daily).toMatchObject({ kind: 'rate_limited', retryAfterMs: (20 * 60 + 15) * 60_000 });
    expect(classifyGoogleAnalyticsError(response(429, 'x', { 'retry-after': '7' }), at)).toMatchObject({ retryAfterMs: 7_000 });
  });

  it("maps UNAVAILABLE to transient and bad requests to vendor; a body that is not Google's to undefined", () => {
    expect(classifyGoogleAnalyticsError(response(503, 'The service is currently unavailable.'))).toMatchObject({ kind: 'transient' });
    expect(classifyGoogleAnalyticsError(response(400, 'Field foo is not a valid dimension.'))).toMatchObject({
      kind: 'vendor',
      vendorCode: 'INVALID_ARGUMENT',
    });
    const bare: ErrorResponse = { status: 418, headers: new Headers(), body: 'teapot', text: 'teapot', label: 'GET /' };
    expect(classifyGoogleAnalyticsError(bare)).toBeUndefined();
  });
});

describe('quota waits', () => {
  it('waits for the next hour, the next Pacific midnight, or a moment for concurrency', () => {
    expect(quotaWaitMs('Exhausted concurrent requests quota.', at)).toBe(1_000);
    expect(quotaWaitMs('something else', at)).toBe(60_000);
    expect(untilMidnight(new Date('2026-07-01T06:00:00Z'), 'America/Los_Angeles')).toBe(3_600_000);
  });
});
