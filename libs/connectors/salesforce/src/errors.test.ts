import type { ErrorResponse } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { apiUsage, classifySalesforceError, DAILY_LIMIT_WAIT_MS } from './errors.js';

const response = (status: number, body?: unknown, headers: Record<string, string> = {}): ErrorResponse => ({
  status,
  headers: new Headers(headers),
  body,
  text: '',
  label: 'GET https://acme.my.salesforce.com/services/data/v62.0/query',
});
const error = (errorCode: string, message = 'x') => [{ message, errorCode }];

describe('classifySalesforceError', () => {
  it('maps 401 INVALID_SESSION_ID to auth_expired (the pipeline refreshes once and retries)', () => {
    const e = classifySalesforceError(response(401, error('INVALID_SESSION_ID', 'Session expired or invalid')));
    expect(e).toMatchObject({ kind: 'auth_expired', vendorCode: 'INVALID_SESSION_ID', status: 401, retryable: false });
    expect(e?.message).toContain('Session expired or invalid');
    expect(classifySalesforceError(response(401))).toMatchObject({ kind: 'auth_expired' });
  });

  it('maps 403 REQUEST_LIMIT_EXCEEDED to rate_limited until the daily window frees, with the usage in the message', () => {
    const e = classifySalesforceError(
      response(403, error('REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.'), { 'Sforce-Limit-Info': 'api-usage=15000/15000' }),
    );
    expect(e).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfterMs: DAILY_LIMIT_WAIT_MS, status: 403 });
    expect(e?.message).toMatch(/daily API limit reached \(15000\/15000/);
  });

  it('waits briefly for a concurrency limit, which clears in seconds', () => {
    const e = classifySalesforceError(response(403, error('REQUEST_LIMIT_EXCEEDED', 'ConcurrentPerOrgLongTxn Limit exceeded.')));
    expect(e).toMatchObject({ kind: 'rate_limited', retryAfterMs: 30_000 });
  });

  it('maps other 403s to auth_revoked, a disabled API to config, 5xx to transient', () => {
    expect(classifySalesforceError(response(403, error('INSUFFICIENT_ACCESS')))).toMatchObject({ kind: 'auth_revoked' });
    expect(classifySalesforceError(response(403, error('API_DISABLED_FOR_ORG')))).toMatchObject({ kind: 'config', retryable: false });
    expect(classifySalesforceError(response(503, error('SERVER_UNAVAILABLE')))).toMatchObject({ kind: 'transient', retryable: true });
  });

  it("keeps Salesforce's code on other errors (the sync restarts on INVALID_QUERY_LOCATOR)", () => {
    expect(classifySalesforceError(response(400, error('INVALID_QUERY_LOCATOR', 'invalid query locator')))).toMatchObject({
      kind: 'vendor',
      vendorCode: 'INVALID_QUERY_LOCATOR',
      retryable: false,
    });
    expect(classifySalesforceError(response(400, { error: 'not an array' }))).toBeUndefined();
  });
});

describe('apiUsage', () => {
  it('reads Sforce-Limit-Info, with or without other entries', () => {
    expect(apiUsage(new Headers({ 'Sforce-Limit-Info': 'api-usage=10018/100000' }))).toEqual({
      used: 10018,
      limit: 100000,
      remaining: 89982,
    });
    expect(apiUsage(new Headers({ 'Sforce-Limit-Info': 'api-usage=25/5000; per-app-api-usage=17/250(appName=x)' }))).toMatchObject({
      remaining: 4975,
    });
    expect(apiUsage(new Headers({ 'Sforce-Limit-Info': 'api-usage=5001/5000' }))).toMatchObject({ remaining: 0 });
    expect(apiUsage(new Headers())).toBeUndefined();
  });
});
