import type { VendorConditions } from '@tributary/sandbox';
import { CUSTOMERIO_REQUESTS_PER_SECOND } from '../api.js';

const MESSAGES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized request',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/**
 * The App API's error body (inf.: `{meta: {error}}` as the API answers, not in its reference).
 *
 * @example
 * errorBody(401) // { meta: { error: 'Unauthorized request' } }
 */
export function errorBody(status: number, message?: string): { meta: { error: string } } {
  return { meta: { error: message ?? MESSAGES[status] ?? `Error ${status}` } };
}

/**
 * Customer.io's limit as the kit's token bucket: 10 requests a second per
 * key, a 429 with `Retry-After` over it. Customer.io documents no
 * rate-limit headers, so none are sent.
 */
export function customerioRateLimit(perSecond: number = CUSTOMERIO_REQUESTS_PER_SECOND): VendorConditions {
  return {
    perSecond,
    burst: perSecond,
    limited: (state) => ({ status: 429, body: errorBody(429), headers: { 'Retry-After': String(state.retryAfterSeconds) } }),
  };
}
