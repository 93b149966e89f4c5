import type { ErrorResponse } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { classifyHubSpotError } from './errors.js';
import { hubspotStatusBody, rateLimitBody } from './sandbox/index.js';

const answer = (status: number, body: unknown, headers: Record<string, string> = {}): ErrorResponse => ({
  status,
  body,
  headers: new Headers(headers),
  text: JSON.stringify(body),
  label: 'POST https://api.hubapi.com/crm/v3/objects/contacts/search',
});

describe('HubSpot errors', () => {
  it('tells an expired OAuth token (refreshable) from a rejected one', () => {
    const expired = {
      status: 'error',
      message: 'The OAuth token used to make this call expired 12 second(s) ago.',
      category: 'EXPIRED_AUTHENTICATION',
    };
    expect(classifyHubSpotError(answer(401, expired))).toMatchObject({
      kind: 'auth_expired',
      retryable: false,
      vendorCode: 'EXPIRED_AUTHENTICATION',
    });
    expect(classifyHubSpotError(answer(401, hubspotStatusBody(401)))).toMatchObject({
      kind: 'auth_revoked',
      vendorCode: 'INVALID_AUTHENTICATION',
    });
  });

  it('names the missing scopes of a 403', () => {
    const error = classifyHubSpotError(answer(403, hubspotStatusBody(403)));
    expect(error).toMatchObject({ kind: 'auth_revoked', vendorCode: 'MISSING_SCOPES' });
    expect(error?.message).toContain('crm.objects.contacts.read');
  });

  it("waits out each limit's window: a second for search, the interval header for the 10-second limit, an hour for the daily one", () => {
    expect(classifyHubSpotError(answer(429, rateLimitBody('SECONDLY')))).toMatchObject({ kind: 'rate_limited', retryAfterMs: 1_000 });
    const tenSecondly = answer(429, rateLimitBody('TEN_SECONDLY_ROLLING'), { 'X-HubSpot-RateLimit-Interval-Milliseconds': '10000' });
    expect(classifyHubSpotError(tenSecondly)).toMatchObject({ kind: 'rate_limited', retryAfterMs: 10_000, vendorCode: 'RATE_LIMIT' });
    const daily = { status: 'error', message: 'You have reached your daily limit.', errorType: 'RATE_LIMIT', policyName: 'DAILY' };
    expect(classifyHubSpotError(answer(429, daily))).toMatchObject({ retryAfterMs: 3_600_000 });
    expect(classifyHubSpotError(answer(429, undefined))).toMatchObject({ kind: 'rate_limited', retryAfterMs: 10_000 });
  });

  it('keeps the category of other errors; 5xx are transient; a body that is not HubSpot-shaped is left to the default', () => {
    const invalid = { status: 'error', message: 'Invalid input JSON', category: 'VALIDATION_ERROR', correlationId: 'c0ffee' };
    expect(classifyHubSpotError(answer(400, invalid))).toMatchObject({
      kind: 'vendor',
      vendorCode: 'VALIDATION_ERROR',
      message: expect.stringContaining('Invalid input JSON'),
    });
    expect(classifyHubSpotError(answer(502, hubspotStatusBody(502)))).toMatchObject({ kind: 'transient', retryable: true });
    expect(classifyHubSpotError(answer(404, '<html>not found</html>'))).toBeUndefined();
  });
});
