import { AuthRevokedError, parseRetryAfter, RateLimitedError, TransientError, VendorError } from '@tributary/core';
import type { ConnectorError, ErrorResponse } from '@tributary/core';
import { DelivraiErrorBody } from './api.js';

const VENDOR = 'Delivr.ai';
/** Without Retry-After, wait for the bucket to refill a burst: 50 requests at 25 a second. */
export const RATE_LIMIT_WAIT_MS = 2_000;

function messageOf(body: unknown): string | undefined {
  const parsed = DelivraiErrorBody.safeParse(body);
  return parsed.success ? (parsed.data.message ?? parsed.data.detail ?? parsed.data.error) : undefined;
}

/**
 * A failed Delivr.ai response -> the taxonomy: 401 a bad or revoked key,
 * 403 a key without the secret its organization enforces or without access
 * to the scope (both need the admin: `auth_revoked`), 429 the 25 a second
 * (wait `Retry-After`, else 2 s), 5xx transient, the rest (400: a window
 * over 25 hours, a bad filter) a vendor error. Key and secret are redacted
 * by the HTTP layer.
 */
export function classifyDelivraiError(response: ErrorResponse): ConnectorError | undefined {
  const message = messageOf(response.body);
  const detail = message ? `: ${message}` : '';
  const options = { status: response.status };
  if (response.status === 401) return new AuthRevokedError(`${VENDOR} rejected the API key (401)${detail}`, options);
  if (response.status === 403) {
    return new AuthRevokedError(`${VENDOR} refused the key (403: the API secret, or access to this scope)${detail}`, options);
  }
  if (response.status === 429) {
    const wait = parseRetryAfter(response.headers.get('retry-after')) ?? RATE_LIMIT_WAIT_MS;
    return new RateLimitedError(`${VENDOR} rate limit reached (25 requests a second)${detail}`, wait, options);
  }
  if (response.status === 408 || response.status >= 500)
    return new TransientError(`${VENDOR} API error (${response.status})${detail}`, options);
  return new VendorError(`${VENDOR} refused ${response.label} (${response.status})${detail}`, options);
}
