/** The vendor's error code for each status it answers with. */
const CODES: Record<number, string> = {
  400: 'invalid_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  429: 'rate_limited',
  500: 'internal_error',
  502: 'bad_gateway',
  503: 'unavailable',
};

/**
 * The vendor's error envelope, the same for every failure.
 *
 * @example
 * errorBody(429, 'Rate limit exceeded') // { error: { code: 'rate_limited', message: 'Rate limit exceeded' } }
 */
export function errorBody(status: number, message: string): { error: { code: string; message: string } } {
  return { error: { code: CODES[status] ?? 'error', message } };
}
