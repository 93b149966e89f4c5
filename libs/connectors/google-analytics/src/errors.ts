import { AuthExpiredError, AuthRevokedError, parseRetryAfter, RateLimitedError, TransientError, VendorError } from '@tributary/core';
import type { ConnectorError, ErrorResponse } from '@tributary/core';
import { GoogleAnalyticsErrorBody } from './api.js';

const VENDOR = 'Google Analytics';
/** Without a Retry-After header, wait one second: the limit is per second. */
const RATE_LIMIT_WAIT_MS = 1_000;

/**
 * The vendor's error body (`{ error: { code, message } }`) -> the taxonomy.
 * The credential never reaches a message: the HTTP layer redacts it.
 */
export function classifyGoogleAnalyticsError(response: ErrorResponse): ConnectorError | undefined {
  const parsed = GoogleAnalyticsErrorBody.safeParse(response.body);
  const error = parsed.success ? parsed.data.error : undefined;
  const detail = error ? `: ${error.message}` : '';
  const options = { status: response.status, ...(error ? { vendorCode: error.code } : {}) };
  // An expired or revoked access token: the platform refreshes it once and retries.
  if (response.status === 401) return new AuthExpiredError(`${VENDOR} rejected the access token (401)${detail}`, options);
  // A refused grant (a scope missing, access revoked at the vendor): someone has to reconnect.
  if (response.status === 403) return new AuthRevokedError(`${VENDOR} refused the grant (403)${detail}`, options);
  if (response.status === 429) {
    const wait = parseRetryAfter(response.headers.get('retry-after')) ?? RATE_LIMIT_WAIT_MS;
    return new RateLimitedError(`${VENDOR} rate limit reached${detail}`, wait, options);
  }
  if (response.status >= 500) return new TransientError(`${VENDOR} API error (${response.status})${detail}`, options);
  return error ? new VendorError(`${VENDOR} ${error.code} (${response.status})${detail}`, options) : undefined;
}
