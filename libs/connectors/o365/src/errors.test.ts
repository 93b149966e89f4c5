import { createConnectionClient, type ErrorResponse } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { o365 } from './connector.js';
import { isExpiredDelta } from './delta.js';
import { classifyGraphError, DEFAULT_THROTTLE_WAIT_MS } from './errors.js';
import { graphErrorBody } from './sandbox/index.js';

const answer = (status: number, body: unknown, headers: Record<string, string> = {}): ErrorResponse => ({
  status,
  body,
  headers: new Headers(headers),
  text: JSON.stringify(body),
  label: 'GET https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messages/delta',
});

describe('Microsoft Graph errors', () => {
  it('waits the fractional Retry-After of a 429, or a default without one, and treats activityLimitReached alike', () => {
    expect(classifyGraphError(answer(429, graphErrorBody(429), { 'Retry-After': '2.128' }))).toMatchObject({
      kind: 'rate_limited',
      retryable: true,
      retryAfterMs: 2128,
      vendorCode: 'TooManyRequests',
    });
    expect(classifyGraphError(answer(429, undefined))).toMatchObject({ kind: 'rate_limited', retryAfterMs: DEFAULT_THROTTLE_WAIT_MS });
    expect(classifyGraphError(answer(403, graphErrorBody(403, 'activityLimitReached')))).toMatchObject({ kind: 'rate_limited' });
  });

  it('retries a 503 as transient, with its Retry-After when it sends one', () => {
    expect(classifyGraphError(answer(503, graphErrorBody(503), { 'Retry-After': '1.5' }))).toMatchObject({
      kind: 'transient',
      retryable: true,
      retryAfterMs: 1500,
    });
    expect(classifyGraphError(answer(500, graphErrorBody(500)))).toMatchObject({ kind: 'transient', vendorCode: 'generalException' });
  });

  it('refreshes on an expired token (401) and asks for consent on a 403', () => {
    expect(classifyGraphError(answer(401, graphErrorBody(401)))).toMatchObject({
      kind: 'auth_expired',
      vendorCode: 'InvalidAuthenticationToken',
    });
    const denied = classifyGraphError(answer(403, graphErrorBody(403, 'accessDenied')));
    expect(denied).toMatchObject({ kind: 'auth_revoked', retryable: false, vendorCode: 'accessDenied' });
    expect(denied?.message).toMatch(/Mail\.ReadBasic and Calendars\.Read/);
  });

  it('names a user without an Exchange Online mailbox as a configuration problem', () => {
    expect(classifyGraphError(answer(404, graphErrorBody(404, 'MailboxNotEnabledForRESTAPI')))).toMatchObject({
      kind: 'config',
      retryable: false,
    });
  });

  it('keeps the code of an expired delta token (410, syncStateNotFound, resyncRequired) so the stream restarts the folder', () => {
    for (const [status, code] of [
      [410, 'syncStateNotFound'],
      [400, 'syncStateNotFound'],
      [400, 'resyncRequired'],
    ] as const) {
      const error = classifyGraphError(answer(status, graphErrorBody(status, code)));
      expect(error).toMatchObject({ kind: 'vendor', vendorCode: code, status });
      expect(error && isExpiredDelta(error)).toBe(true);
    }
    expect(isExpiredDelta({ status: 400, vendorCode: 'BadRequest' })).toBe(false);
  });

  it('leaves a body that is not Graph error envelope to the default classification', () => {
    expect(classifyGraphError(answer(400, 'nope'))).toBeUndefined();
  });

  it('redacts the access token from anything the client reports', () => {
    const client = createConnectionClient(o365, { accessToken: 'eyJ0eXAi.secret-token-value' });
    expect(client.redact('Bearer eyJ0eXAi.secret-token-value failed')).not.toContain('secret-token-value');
  });
});
