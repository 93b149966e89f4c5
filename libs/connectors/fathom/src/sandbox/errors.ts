import type { BudgetState, VendorConditions } from '@tributary/sandbox';
import { FATHOM_CALLS_PER_MINUTE } from '../api.js';

/**
 * Fathom documents no error bodies (its SDK expects none for 400, 401 and
 * 429): the simulator answers with a short plain-text reason, which the
 * connector only uses for messages. (inf.)
 */
export class FathomSimError extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 500,
    message: string,
  ) {
    super(message);
    this.name = 'FathomSimError';
  }
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** A plain-text error answer. */
export function textResponse(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } });
}

/** The body of an injected status fault. */
export const fathomStatusBody = (status: number): string => REASONS[status] ?? `Error ${status}`;

/** `RateLimit-*` headers (https://developers.fathom.ai/api-overview): the window's limit, what is left, seconds to its end. */
export function rateLimitHeaders(state: Pick<BudgetState, 'limit' | 'remaining' | 'resetSeconds'>): Record<string, string> {
  return {
    'RateLimit-Limit': String(state.limit),
    'RateLimit-Remaining': String(Math.max(0, state.remaining)),
    'RateLimit-Reset': String(Math.max(0, state.resetSeconds)),
  };
}

/** An injected 429 says the window is spent and ends in a second (so tests wait briefly). */
export const fathomStatusHeaders = (status: number): Record<string, string> =>
  status === 429 ? rateLimitHeaders({ limit: FATHOM_CALLS_PER_MINUTE, remaining: 0, resetSeconds: 1 }) : {};

/**
 * Fathom's limit as the kit's token bucket: 60 calls a minute per key (a
 * burst of 60, one more each second), `RateLimit-*` on every answer, and
 * 429 with them when the budget is spent.
 */
export function fathomRateLimit(perMinute: number = FATHOM_CALLS_PER_MINUTE): VendorConditions {
  return {
    perSecond: perMinute / 60,
    burst: perMinute,
    headers: rateLimitHeaders,
    limited: (state) => ({
      status: 429,
      body: REASONS[429],
      headers: rateLimitHeaders({ ...state, resetSeconds: state.retryAfterSeconds }),
    }),
  };
}
