import {
  AuthExpiredError,
  AuthRevokedError,
  ConfigError,
  parseRetryAfter,
  RateLimitedError,
  TransientError,
  VendorError,
  type ConnectorError,
  type ErrorResponse,
} from '@tributary/core';
import { GraphErrorBody } from './api.js';

/** Graph's throttling answers usually ask for seconds; without a Retry-After, wait this long. */
export const DEFAULT_THROTTLE_WAIT_MS = 30_000;

const MAILBOX_MISSING = new Set(['MailboxNotEnabledForRESTAPI', 'MailboxNotHostedInExchangeOnline', 'ResourceNotFound']);

/**
 * Graph's error envelope (`{"error":{"code","message","innerError"}}`) ->
 * the taxonomy (https://learn.microsoft.com/en-us/graph/errors,
 * https://learn.microsoft.com/en-us/graph/throttling): 401
 * `InvalidAuthenticationToken` is an expired token (the pipeline refreshes
 * once and retries); 403 `accessDenied` a missing consent or scope; 429
 * (and `activityLimitReached`) rate limited with the fractional
 * `Retry-After`; 5xx transient; an expired delta state (410,
 * `syncStateNotFound`, `resyncRequired`) keeps its code for the stream to
 * restart; a user without an Exchange Online mailbox is a `config` error.
 *
 * @example
 * classifyGraphError({ status: 429, headers: new Headers({ 'Retry-After': '2.128' }), body, text, label })
 * // RateLimitedError { retryAfterMs: 2128 }
 */
export function classifyGraphError(response: ErrorResponse): ConnectorError | undefined {
  const parsed = GraphErrorBody.safeParse(response.body);
  const code = parsed.success ? parsed.data.error.code : undefined;
  const detail = parsed.success ? `: ${parsed.data.error.code}${parsed.data.error.message ? `: ${parsed.data.error.message}` : ''}` : '';
  const options = { status: response.status, ...(code ? { vendorCode: code } : {}) };
  const wait = parseRetryAfter(response.headers.get('retry-after'));
  if (response.status === 429 || code === 'activityLimitReached' || code === 'TooManyRequests') {
    return new RateLimitedError(
      `Microsoft Graph is throttling this mailbox (${response.status})${detail}`,
      wait ?? DEFAULT_THROTTLE_WAIT_MS,
      options,
    );
  }
  if (response.status === 401) return new AuthExpiredError(`Microsoft Graph rejected the access token (401)${detail}`, options);
  if (code && MAILBOX_MISSING.has(code)) {
    return new ConfigError(`The signed-in user has no Exchange Online mailbox Graph can read${detail}`, options);
  }
  if (response.status === 403) {
    return new AuthRevokedError(
      `Microsoft Graph denied access (403)${detail}. Reconnect and consent to Mail.ReadBasic and Calendars.Read, or ask the tenant admin to allow them.`,
      options,
    );
  }
  if (response.status >= 500) {
    return new TransientError(`Microsoft Graph is unavailable (${response.status})${detail}`, {
      ...options,
      ...(wait !== undefined ? { retryAfterMs: wait } : {}),
    });
  }
  if (code) return new VendorError(`Microsoft Graph ${code} (${response.status})${detail.slice(code.length + 2)}`, options);
  return undefined;
}
