import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';

/** Graph's default code for a status (https://learn.microsoft.com/en-us/graph/errors). */
const CODES: Record<number, { code: string; message: string }> = {
  400: { code: 'BadRequest', message: 'Invalid request.' },
  401: { code: 'InvalidAuthenticationToken', message: 'Access token has expired or is not yet valid.' },
  403: { code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' },
  404: { code: 'ErrorItemNotFound', message: 'The specified object was not found in the store.' },
  410: { code: 'syncStateNotFound', message: 'The sync state generation is not found.' },
  429: { code: 'TooManyRequests', message: 'Please retry again later.' },
  500: { code: 'generalException', message: 'An unspecified error has occurred.' },
  502: { code: 'badGateway', message: 'Bad gateway.' },
  503: { code: 'serviceNotAvailable', message: 'Service is temporarily unavailable. Please retry later.' },
  504: { code: 'gatewayTimeout', message: 'Gateway timeout.' },
};

/**
 * Graph's error envelope: `{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}`;
 * a 429 also carries the status in `innerError` (`{"code":"429",...,"status":"429"}`).
 *
 * @example
 * graphErrorBody(429) // { error: { code: 'TooManyRequests', message: 'Please retry again later.', innerError: { code: '429', ... } } }
 */
export function graphErrorBody(status: number, code?: string, message?: string): unknown {
  const known = CODES[status] ?? { code: 'generalException', message: 'An unspecified error has occurred.' };
  const requestId = randomUUID();
  const innerError = {
    ...(status === 429 ? { code: '429' } : {}),
    date: new Date().toISOString().replace(/\.\d{3}Z$/, ''),
    'request-id': requestId,
    'client-request-id': requestId,
    ...(status === 429 ? { status: '429' } : {}),
  };
  return { error: { code: code ?? known.code, message: message ?? known.message, innerError } };
}

/** Answer with Graph's error envelope. */
export function graphError(_c: Context, status: number, code?: string, message?: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(graphErrorBody(status, code, message)), {
    status,
    headers: { 'content-type': 'application/json', 'request-id': randomUUID(), ...headers },
  });
}

/**
 * Graph's `Retry-After` for a throttled answer, in seconds and often
 * fractional (`2.128`): the wait, rounded to Graph's millisecond precision.
 *
 * @example
 * retryAfterValue(2.128) // '2.128'
 */
export const retryAfterValue = (seconds: number): string => String(Math.max(0.001, Math.round(seconds * 1000) / 1000));
