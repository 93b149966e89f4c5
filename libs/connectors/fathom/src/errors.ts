import {
  AuthRevokedError,
  parseRetryAfter,
  RateLimitedError,
  TransientError,
  VendorError,
  type ConnectorError,
  type ErrorResponse,
} from '@tributary/core';
import { FathomErrorBody } from './api.js';

/** Without a usable `RateLimit-Reset`, wait out a whole window (60 calls per 60 s). */
export const RATE_LIMIT_WAIT_MS = 60_000;

/** Fathom documents no error body: its message from a JSON body of a usual shape, else the (short) text. */
function messageOf(response: ErrorResponse): string | undefined {
  const parsed = FathomErrorBody.safeParse(response.body);
  if (parsed.success) {
    const { error, message, errors } = parsed.data;
    const found = error ?? message ?? (errors?.length ? errors.join('; ') : undefined);
    if (found) return found;
  }
  const text = typeof response.body === 'string' || response.body === undefined ? response.text.trim() : '';
  return text && text.length <= 200 && !text.startsWith('<') ? text : undefined;
}

/**
 * `RateLimit-Reset` (seconds left in the window, IETF RateLimit header
 * fields), else `Retry-After`, in ms.
 *
 * @example
 * rateLimitWait(new Headers({ 'RateLimit-Reset': '12' })) // 12000
 */
export function rateLimitWait(headers: Headers): number {
  const reset = headers.get('ratelimit-reset')?.trim();
  if (reset && /^\d+(\.\d+)?$/.test(reset)) return Math.max(1_000, Math.round(Number(reset) * 1000));
  return parseRetryAfter(headers.get('retry-after')) ?? RATE_LIMIT_WAIT_MS;
}

/**
 * A failed Fathom response -> the taxonomy
 * (https://developers.fathom.ai/api-overview): 401 is a bad or revoked key
 * (`auth_revoked`: keys do not expire, so only a new key helps), 403 a key
 * without access to what was asked, 429 the 60-calls-a-minute limit with
 * the wait from `RateLimit-Reset`, 5xx transient, anything else (400 bad
 * parameters, 404) a vendor error. The key is never in a message: Fathom
 * does not echo it and the HTTP layer redacts it.
 */
export function classifyFathomError(response: ErrorResponse): ConnectorError | undefined {
  const message = messageOf(response);
  const detail = message ? `: ${message}` : '';
  const options = { status: response.status };
  if (response.status === 401) return new AuthRevokedError(`Fathom rejected the API key (401)${detail}`, options);
  if (response.status === 403) {
    return new AuthRevokedError(`The Fathom API key has no access to ${response.label} (403)${detail}`, options);
  }
  if (response.status === 429) {
    return new RateLimitedError(`Fathom rate limit reached (60 calls a minute)${detail}`, rateLimitWait(response.headers), options);
  }
  if (response.status === 408 || response.status >= 500)
    return new TransientError(`Fathom API error (${response.status})${detail}`, options);
  return new VendorError(`Fathom refused ${response.label} (${response.status})${detail}`, options);
}
