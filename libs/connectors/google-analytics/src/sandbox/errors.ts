/** Google's canonical status for each HTTP status (https://cloud.google.com/apis/design/errors). */
const STATUS: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  502: 'UNAVAILABLE',
  503: 'UNAVAILABLE',
};

/**
 * Google's error envelope, the same for every failure.
 *
 * @example
 * errorBody(404, 'Property not found') // { error: { code: 404, message: 'Property not found', status: 'NOT_FOUND' } }
 */
export function errorBody(status: number, message: string): { error: { code: number; message: string; status: string } } {
  return { error: { code: status, message, status: STATUS[status] ?? 'UNKNOWN' } };
}
