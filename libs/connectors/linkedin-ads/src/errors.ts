import {
  AuthExpiredError,
  AuthRevokedError,
  RateLimitedError,
  TransientError,
  VendorError,
  type ConnectorError,
  type ErrorResponse,
} from '@tributary/core';
import { LinkedInErrorBody } from './api.js';

/**
 * How long until LinkedIn's daily limits reset: the next midnight UTC
 * (https://learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/rate-limits).
 *
 * @example
 * msUntilUtcMidnight(new Date('2026-10-14T23:00:00Z')) // 3_600_000
 */
export function msUntilUtcMidnight(now: Date): number {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return midnight - now.getTime();
}

/**
 * LinkedIn's error body (`{status, serviceErrorCode, code, message}`) -> the
 * taxonomy: an expired access token `auth_expired` (a refresh fixes it),
 * `REVOKED_ACCESS_TOKEN` and other 401s `auth_revoked`, 403 (no access to
 * the account or the reporting scope) `auth_revoked`, 429 `rate_limited`
 * until the daily limits reset at midnight UTC, 5xx `transient`, the rest `vendor`.
 *
 * @example
 * classifyLinkedInError({ status: 401, body: { status: 401, serviceErrorCode: 65601, code: 'REVOKED_ACCESS_TOKEN', message }, ... })
 */
export function classifyLinkedInError(response: ErrorResponse, now: () => Date = () => new Date()): ConnectorError | undefined {
  const parsed = LinkedInErrorBody.safeParse(response.body);
  if (!parsed.success) return undefined;
  const body = parsed.data;
  // Only LinkedIn's own body: it names a status, a code or a service error code.
  if (body.status === undefined && body.code === undefined && body.serviceErrorCode === undefined) return undefined;
  const status = response.status || body.status || 0;
  const vendorCode = body.code ?? (body.serviceErrorCode !== undefined ? String(body.serviceErrorCode) : String(status));
  const options = { status, vendorCode };
  const message = `LinkedIn ${status}${body.code ? ` ${body.code}` : ''}: ${body.message}`;
  if (body.code === 'EXPIRED_ACCESS_TOKEN') return new AuthExpiredError(message, options);
  if (status === 401 || body.code === 'REVOKED_ACCESS_TOKEN') {
    return new AuthRevokedError(`${message} Reconnect LinkedIn Ads.`, options);
  }
  if (status === 403) {
    return new AuthRevokedError(`${message} Reconnect with a login that can read this ad account's reporting (r_ads_reporting).`, options);
  }
  if (status === 429)
    return new RateLimitedError(`${message} LinkedIn's daily limits reset at midnight UTC.`, msUntilUtcMidnight(now()), options);
  if (status >= 500) return new TransientError(message, options);
  return new VendorError(message, options);
}

/** A 429 is a spent daily limit: retrying inside the request only spends more; the sync waits until midnight UTC. */
export function retryHint(response: Response): boolean | undefined {
  return response.status === 429 ? false : undefined;
}
