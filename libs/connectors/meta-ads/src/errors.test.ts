import type { ErrorResponse } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { classifyMetaError, DEFAULT_THROTTLE_WAIT_MS, TOO_MUCH_DATA } from './errors.js';
import { throttleWaitMs } from './usage.js';

const envelope = (code: number, extra: Record<string, unknown> = {}) => ({
  error: { message: `(#${code}) message`, type: 'OAuthException', code, fbtrace_id: 'AbC123', ...extra },
});
const response = (status: number, body: unknown, headers: Record<string, string> = {}): ErrorResponse => ({
  status,
  headers: new Headers(headers),
  body,
  text: JSON.stringify(body),
  label: 'GET https://graph.facebook.com/v26.0/act_1/insights',
});
const buc = (minutes: number) => ({
  'x-business-use-case-usage': JSON.stringify({
    '1234': [{ type: 'ads_insights', call_count: 100, estimated_time_to_regain_access: minutes }],
  }),
});

describe('classifyMetaError', () => {
  it('maps every throttling code to rate_limited with the wait from the usage headers', () => {
    for (const code of [4, 17, 32, 613, 80_000, 80_004]) {
      expect(classifyMetaError(response(400, envelope(code), buc(5)))).toMatchObject({
        kind: 'rate_limited',
        retryable: true,
        retryAfterMs: 300_000,
        vendorCode: String(code),
        status: 400,
      });
    }
    const account = { 'x-ad-account-usage': JSON.stringify({ acc_id_util_pct: 100, reset_time_duration: 42 }) };
    expect(classifyMetaError(response(400, envelope(613, { error_subcode: 1_487_742 }), account))).toMatchObject({
      retryAfterMs: 42_000,
      vendorCode: '613/1487742',
    });
    expect(classifyMetaError(response(400, envelope(17, { is_transient: true })))?.retryAfterMs).toBe(DEFAULT_THROTTLE_WAIT_MS);
  });

  it('maps an invalid or expired token (190) and missing permissions to auth_revoked: there is no refresh token', () => {
    const expired = classifyMetaError(response(400, envelope(190, { error_subcode: 463 })));
    expect(expired).toMatchObject({ kind: 'auth_revoked', retryable: false, vendorCode: '190/463' });
    expect(expired?.message).toMatch(/reconnect/);
    expect(classifyMetaError(response(403, envelope(200)))).toMatchObject({
      kind: 'auth_revoked',
      message: expect.stringMatching(/ads_read/),
    });
    expect(classifyMetaError(response(400, envelope(10)))).toMatchObject({ kind: 'auth_revoked' });
  });

  it('maps transient answers (is_transient, codes 1 and 2, 5xx, a report fetched early) to transient', () => {
    expect(classifyMetaError(response(500, envelope(2, { is_transient: true })))).toMatchObject({ kind: 'transient', retryable: true });
    expect(classifyMetaError(response(400, envelope(1)))).toMatchObject({ kind: 'transient' });
    expect(classifyMetaError(response(400, envelope(2601, { error_subcode: 1_815_107, is_transient: true })))).toMatchObject({
      kind: 'transient',
      vendorCode: '2601/1815107',
    });
    expect(classifyMetaError(response(503, envelope(100)))).toMatchObject({ kind: 'transient' });
  });

  it('names too much data and an account out of reach, and leaves other parameter errors as vendor errors', () => {
    expect(classifyMetaError(response(400, envelope(100, { error_subcode: 1_487_534 })))).toMatchObject({
      kind: 'vendor',
      vendorCode: TOO_MUCH_DATA,
    });
    expect(classifyMetaError(response(400, envelope(100, { error_subcode: 33 })))).toMatchObject({
      kind: 'config',
      message: expect.stringMatching(/Deselect the ad account/),
    });
    const user = classifyMetaError(response(400, envelope(100, { error_user_msg: 'The time range is invalid.' })));
    expect(user).toMatchObject({ kind: 'vendor', vendorCode: '100', message: 'Meta 100: The time range is invalid. (fbtrace AbC123)' });
  });

  it('leaves bodies that are not Graph envelopes to the default classification', () => {
    expect(classifyMetaError(response(502, '<html>Bad gateway</html>'))).toBeUndefined();
    expect(classifyMetaError(response(400, { error: 'invalid_request' }))).toBeUndefined();
  });
});

describe('throttleWaitMs', () => {
  it('takes the longest wait any usage header names, and nothing from headers that name none or are malformed', () => {
    const two = JSON.stringify({ '1': [{ estimated_time_to_regain_access: 2 }], '2': [{ estimated_time_to_regain_access: 7 }] });
    expect(throttleWaitMs(new Headers({ 'x-business-use-case-usage': two }))).toBe(420_000);
    expect(throttleWaitMs(new Headers(buc(0)))).toBeUndefined();
    expect(throttleWaitMs(new Headers({ 'x-business-use-case-usage': '{not json' }))).toBeUndefined();
    expect(throttleWaitMs(new Headers())).toBeUndefined();
  });
});
