import { AuthRevokedError, parseRetryAfter, RateLimitedError, TransientError, VendorError } from '@tributary/core';
import type { ConnectorError, ErrorResponse } from '@tributary/core';
import { CustomerioErrorBody } from './api.js';

const VENDOR = 'Customer.io';
/** Without a Retry-After header, wait one second: the limit is per second. */
export const RATE_LIMIT_WAIT_MS = 1_000;

/** The message of Customer.io's error body (`{meta: {error}}` or `{meta: {errors}}`), if any. */
function messageOf(body: unknown): string | undefined {
  const parsed = CustomerioErrorBody.safeParse(body);
  if (!parsed.success) return undefined;
  return parsed.data.meta.error ?? parsed.data.meta.errors?.join('; ');
}

/**
 * A failed App API response -> the taxonomy: 401 and 403 are a bad or
 * revoked App API key (only a new key helps), 429 the 10 requests a second
 * (wait `Retry-After`, else a second), 5xx transient, the rest (400 bad
 * filter or window, 404) a vendor error. The key never reaches a message:
 * Customer.io does not echo it and the HTTP layer redacts it.
 */
export function classifyCustomerioError(response: ErrorResponse): ConnectorError | undefined {
  const message = messageOf(response.body);
  const detail = message ? `: ${message}` : '';
  const options = { status: response.status };
  if (response.status === 401 || response.status === 403) {
    return new AuthRevokedError(`${VENDOR} rejected the App API key (${response.status})${detail}`, options);
  }
  if (response.status === 429) {
    const wait = parseRetryAfter(response.headers.get('retry-after')) ?? RATE_LIMIT_WAIT_MS;
    return new RateLimitedError(`${VENDOR} rate limit reached (10 requests a second)${detail}`, wait, options);
  }
  if (response.status === 408 || response.status >= 500) {
    return new TransientError(`${VENDOR} API error (${response.status})${detail}`, options);
  }
  return new VendorError(`${VENDOR} refused ${response.label} (${response.status})${detail}`, options);
}
