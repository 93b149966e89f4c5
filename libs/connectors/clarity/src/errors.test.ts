import type { ErrorResponse } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { classifyClarityError, untilUtcMidnight } from './errors.js';

const response = (status: number, text = '', headers: Record<string, string> = {}): ErrorResponse => ({
  status,
  headers: new Headers(headers),
  body: text || undefined,
  text,
  label: 'GET https://www.clarity.ms/export-data/api/v1/project-live-insights',
});
const at = new Date('2026-12-06T18:00:00Z');

describe('classifyClarityError', () => {
  it('maps 401 and 403 to auth_revoked (an API token cannot be refreshed)', () => {
    expect(classifyClarityError(response(401))).toMatchObject({ kind: 'auth_revoked', retryable: false, status: 401 });
    expect(classifyClarityError(response(403, 'Forbidden'))?.message).toContain('Settings -> Data Export');
  });

  it('maps 429 "Exceeded daily limit" to rate_limited until the next UTC midnight, or Retry-After when sent', () => {
    const limited = classifyClarityError(response(429, 'Exceeded daily limit'), at);
    expect(limited).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfterMs: 6 * 3_600_000, vendorCode: 'daily_limit' });
    expect(limited?.message).toContain('Exceeded daily limit');
    expect(classifyClarityError(response(429, '', { 'retry-after': '3' }), at)).toMatchObject({ retryAfterMs: 3_000 });
    expect(untilUtcMidnight(new Date('2026-12-06T23:59:59Z'))).toBe(1_000);
  });

  it('maps 400 to config (the dimensions), 5xx to transient', () => {
    expect(classifyClarityError(response(400, 'Invalid dimension: Town'))).toMatchObject({ kind: 'config' });
    expect(classifyClarityError(response(502))).toMatchObject({ kind: 'transient' });
    expect(classifyClarityError(response(200))).toBeUndefined();
  });
});
