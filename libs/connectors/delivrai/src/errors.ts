import { AuthRevokedError, parseRetryAfter, RateLimitedError, TransientError, VendorError } from '@tributary/core';
import type { ConnectorError, ErrorResponse } from '@tributary/core';
import { DelivraiErrorBody } from './api.js';

const VENDOR = 'Delivr.ai';
/** Without a Retry-After header, wait one second: the limit is per second. */
const RATE_LIMIT_WAIT_MS = 1_000;

/**
 * The vendor's error body (`{ error: { code, message } }`) -> the taxonomy.
 * The credential never reaches a message: the HTTP layer redacts it.
 */
export function classifyDelivraiError(response: ErrorResponse): ConnectorError | undefined {
  const parsed = DelivraiErrorBody.safeParse(response.body);
  const error = parsed.success ? parsed.data.error : undefined;
  const detail = error ? `: ${error.message}` : '';
  const options = { status: response.status, ...(error ? { vendorCode: error.code } : {}) };
  if (response.status === 401 || response.status === 403) {
    return new AuthRevokedError(`${VENDOR} rejected the API key (${response.status})${detail}`, options);
  }
  if (response.status === 429) {
    const wait = parseRetryAfter(response.headers.get('retry-after')) ?? RATE_LIMIT_WAIT_MS;
    return new RateLimitedError(`${VENDOR} rate limit reached${detail}`, wait, options);
  }
  if (response.status >= 500) return new TransientError(`${VENDOR} API error (${response.status})${detail}`, options);
  return error ? new VendorError(`${VENDOR} ${error.code} (${response.status})${detail}`, options) : undefined;
}
