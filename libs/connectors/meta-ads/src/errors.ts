import {
  AuthRevokedError,
  ConfigError,
  RateLimitedError,
  TransientError,
  VendorError,
  type ConnectorError,
  type ErrorResponse,
} from '@tributary/core';
import { MetaErrorBody } from './api.js';
import { throttleWaitMs } from './usage.js';

/** A throttling answer whose headers name no wait: try again after this long. */
export const DEFAULT_THROTTLE_WAIT_MS = 60_000;
/** `100/1487534`: the synchronous insights call asks for too much data; the async report run can do it. */
export const TOO_MUCH_DATA = '100/1487534';

/**
 * Throttling codes: 4 app limit, 17 user limit, 32 page limit, 613 calls
 * from the ad account, 80000-80014 business use case limits (80000 ads
 * insights, 80004 ads management).
 * https://developers.facebook.com/docs/marketing-api/overview/rate-limiting
 */
const THROTTLED = (code: number) => [4, 17, 32, 613].includes(code) || (code >= 80_000 && code <= 80_014);
/** Codes that are about the login: 190 invalid or expired token, 102 session, 10 and 200-299 permissions. */
const LOGIN = (code: number) => code === 190 || code === 102 || code === 10 || (code >= 200 && code <= 299);

type Options = { status: number; vendorCode: string; retryable?: boolean };

function describe(body: MetaErrorBody): string {
  const e = body.error;
  const text = e.error_user_msg ?? e.message;
  return `Meta ${e.code}${e.error_subcode ? `/${e.error_subcode}` : ''}: ${text}${e.fbtrace_id ? ` (fbtrace ${e.fbtrace_id})` : ''}`;
}

function byCode(body: MetaErrorBody, message: string, options: Options, headers: Headers): ConnectorError | undefined {
  const { code, error_subcode: subcode } = body.error;
  if (THROTTLED(code)) return new RateLimitedError(message, throttleWaitMs(headers) ?? DEFAULT_THROTTLE_WAIT_MS, options);
  if (LOGIN(code)) {
    const fix = code === 190 ? 'The Meta token expired or was revoked: reconnect.' : 'Reconnect and grant the ads_read permission.';
    return new AuthRevokedError(`${message} ${fix}`, options);
  }
  // 2601/1815107: an async report's rows were asked for before the job completed.
  if (code === 2601 || subcode === 1_815_107) return new TransientError(message, options);
  // 100/33: the ad account does not exist or this login cannot see it any more.
  if (code === 100 && subcode === 33) {
    return new ConfigError(`${message} Deselect the ad account, or reconnect with a login that can read it.`, options);
  }
  return undefined;
}

/**
 * Graph's error envelope (`{error: {message, type, code, error_subcode,
 * is_transient, fbtrace_id}}`) -> the taxonomy: throttling codes are
 * `rate_limited` with the wait from the usage headers
 * (`estimated_time_to_regain_access`), 190 and permission errors
 * `auth_revoked` (there is no refresh token: a person reconnects),
 * `is_transient` and 5xx `transient`, the rest `vendor`. `vendorCode` is
 * `code` or `code/subcode`.
 * https://developers.facebook.com/docs/graph-api/guides/error-handling
 *
 * @example
 * classifyMetaError({ status: 400, body: { error: { code: 17, message: '(#17) User request limit reached' } }, ... }) // RateLimitedError
 */
export function classifyMetaError(response: ErrorResponse): ConnectorError | undefined {
  const parsed = MetaErrorBody.safeParse(response.body);
  if (!parsed.success) return undefined;
  const body = parsed.data;
  const { code, error_subcode: subcode, is_transient: transient } = body.error;
  const options: Options = { status: response.status, vendorCode: subcode ? `${code}/${subcode}` : String(code) };
  const message = describe(body);
  const known = byCode(body, message, options, response.headers);
  if (known) return known;
  if (transient === true || code === 1 || code === 2 || response.status >= 500) return new TransientError(message, options);
  return new VendorError(message, options);
}
