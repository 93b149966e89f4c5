import { AuthRevokedError, RateLimitedError, TransientError, VendorError, type ConnectorError, type ErrorResponse } from '@tributary/core';
import { StripeErrorBody } from './api.js';

/** Stripe limits are per second and it sends no Retry-After: wait a little over a second. */
const RATE_LIMIT_WAIT_MS = 1_500;

/**
 * Stripe's error body (`{error: {type, code, message, param}}`) -> the
 * taxonomy (https://docs.stripe.com/error-handling). Key material is never
 * echoed: Stripe masks it in messages and the HTTP layer redacts the rest.
 */
export function classifyStripeError(response: ErrorResponse): ConnectorError | undefined {
  const parsed = StripeErrorBody.safeParse(response.body);
  const error = parsed.success ? parsed.data.error : undefined;
  const detail = error?.message ? `: ${error.message}` : '';
  const options = {
    status: response.status,
    ...(error?.code ? { vendorCode: error.code } : error?.type ? { vendorCode: error.type } : {}),
  };
  const retryHint = shouldRetry(response.headers);
  if (response.status === 401) return new AuthRevokedError(`Stripe rejected the API key (401)${detail}`, options);
  if (response.status === 403) return new AuthRevokedError(`The Stripe key lacks permission for ${response.label} (403)${detail}`, options);
  // Stripe answers both its rate limit and a lock held by another request (`lock_timeout`) with 429.
  if (response.status === 429) {
    return new RateLimitedError(`Stripe rate limit reached${detail}`, RATE_LIMIT_WAIT_MS, options);
  }
  if (response.status >= 500 || error?.type === 'api_error') {
    return new TransientError(`Stripe API error (${response.status})${detail}`, {
      ...options,
      ...(retryHint === false ? { retryable: false } : {}),
    });
  }
  if (error)
    return new VendorError(`Stripe ${error.type} (${response.status})${detail}`, {
      ...options,
      ...(retryHint === true ? { retryable: true } : {}),
    });
  return undefined;
}

/** `Stripe-Should-Retry: true|false` is Stripe's own verdict on retrying a failed request. */
export function shouldRetry(headers: Headers): boolean | undefined {
  const value = headers.get('stripe-should-retry');
  return value === 'true' ? true : value === 'false' ? false : undefined;
}
