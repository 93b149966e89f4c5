import type { SfError } from './types.js';

/**
 * A failure the simulator answers with Salesforce's error array
 * (`[{message, errorCode, fields?}]`); routes throw it, `onError` renders it.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm
 */
export class SalesforceApiError extends Error {
  readonly status: number;
  readonly body: SfError[];
  readonly headers: Record<string, string>;

  constructor(status: number, errorCode: string, message: string, extra: { fields?: string[]; headers?: Record<string, string> } = {}) {
    super(message);
    this.name = 'SalesforceApiError';
    this.status = status;
    this.body = [{ message, errorCode, ...(extra.fields ? { fields: extra.fields } : {}) }];
    this.headers = extra.headers ?? {};
  }
}

export const SESSION_EXPIRED = 'Session expired or invalid';

/** 401 `INVALID_SESSION_ID`: a missing, expired or revoked access token. */
export const invalidSession = () => new SalesforceApiError(401, 'INVALID_SESSION_ID', SESSION_EXPIRED);

/**
 * 403 `REQUEST_LIMIT_EXCEEDED`: the org's rolling 24-hour allocation is used
 * up. Salesforce answers its limits with 403, never 429.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm
 */
export const requestLimitExceeded = () => new SalesforceApiError(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.');

/** 404 `NOT_FOUND`, for unknown resources and API versions. */
export const notFound = () => new SalesforceApiError(404, 'NOT_FOUND', 'The requested resource does not exist');

/**
 * A SOQL error in Salesforce's shape: the query echoed, a caret under the
 * offending column, `ERROR at Row:1:Column:N` and the reason.
 *
 * @example
 * soqlError('MALFORMED_QUERY', 'SELECT FROM Account', 8, "unexpected token: 'FROM'")
 */
export function soqlError(errorCode: string, soql: string, column: number, reason: string): SalesforceApiError {
  const caret = `${' '.repeat(Math.max(0, column - 1))}^`;
  return new SalesforceApiError(400, errorCode, `\n${soql}\n${caret}\nERROR at Row:1:Column:${column}\n${reason}`);
}

/**
 * The body Salesforce sends with a given status, for injected faults. There
 * is no 429 body: Salesforce never sends 429 (its limits are 403).
 *
 * @example
 * salesforceStatusBody(403) // [{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }]
 */
export function salesforceStatusBody(status: number): SfError[] | string {
  if (status === 401) return invalidSession().body;
  if (status === 403) return requestLimitExceeded().body;
  if (status === 404) return notFound().body;
  if (status === 503) return [{ message: 'Server temporarily unavailable, please retry.', errorCode: 'SERVER_UNAVAILABLE' }];
  if (status >= 500) {
    return [
      {
        message: 'An unexpected error occurred. Please include this ErrorId if you contact support: 1829433791-57122 (-1254963181)',
        errorCode: 'UNKNOWN_EXCEPTION',
      },
    ];
  }
  return [{ message: `Request failed with status ${status}`, errorCode: 'BAD_REQUEST' }];
}

/** A JSON response with any status (Hono's `c.json` only takes literal status types). */
export function jsonResponse(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...headers, 'content-type': 'application/json;charset=UTF-8' } });
}
