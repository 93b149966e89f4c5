import type { BudgetState, VendorConditions } from '@tributary/sandbox';
import { DELIVRAI_RATE } from '../api.js';

const CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  429: 'rate_limited',
  500: 'internal_error',
  502: 'bad_gateway',
  503: 'unavailable',
};

/**
 * Delivr.ai's error body (inf.: `{error, message}`; its docs show none).
 *
 * @example
 * errorBody(401, 'Invalid API key') // { error: 'unauthorized', message: 'Invalid API key' }
 */
export function errorBody(status: number, message?: string): { error: string; message: string } {
  return { error: CODES[status] ?? 'error', message: message ?? `Error ${status}` };
}

/** `X-RateLimit-Limit` (the burst) and `X-RateLimit-Remaining` on every answer. */
export const rateLimitHeaders = (state: Pick<BudgetState, 'limit' | 'remaining'>): Record<string, string> => ({
  'X-RateLimit-Limit': String(state.limit),
  'X-RateLimit-Remaining': String(Math.max(0, state.remaining)),
});

/**
 * Delivr.ai's limit as the kit's token bucket: 25 requests a second per
 * organization (here: per key), bursts of 50, its headers on every answer,
 * and 429 with `Retry-After` over it.
 */
export function delivraiRateLimit(perSecond: number = DELIVRAI_RATE.perSecond, burst: number = DELIVRAI_RATE.burst): VendorConditions {
  return {
    perSecond,
    burst,
    headers: rateLimitHeaders,
    limited: (state) => ({
      status: 429,
      body: errorBody(429, 'Too many requests'),
      headers: { ...rateLimitHeaders(state), 'Retry-After': String(state.retryAfterSeconds) },
    }),
  };
}
