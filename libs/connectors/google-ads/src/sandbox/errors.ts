import type { GoogleAdsErrorEntry, GoogleErrorBody } from './types.js';

/** gRPC status names Google puts in `error.status`, by HTTP status (https://cloud.google.com/apis/design/errors). */
const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ABORTED',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  501: 'UNIMPLEMENTED',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

export const statusName = (status: number): string => STATUS_NAMES[status] ?? (status >= 500 ? 'INTERNAL' : 'FAILED_PRECONDITION');

export const UNAUTHENTICATED_MESSAGE =
  'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.';
export const MISSING_CREDENTIAL_MESSAGE =
  'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.';

/**
 * Top-level messages Google sends for each status (the GoogleAdsFailure carries the specific one). A 401 with
 * a GoogleAdsFailure (NOT_ADS_USER) says the credential is missing, as Google's front end words it.
 */
const STATUS_MESSAGES: Record<string, string> = {
  INVALID_ARGUMENT: 'Request contains an invalid argument.',
  UNAUTHENTICATED: MISSING_CREDENTIAL_MESSAGE,
  PERMISSION_DENIED: 'The caller does not have permission',
  RESOURCE_EXHAUSTED: 'Resource has been exhausted (e.g. check quota).',
  INTERNAL: 'Internal error encountered.',
  UNAVAILABLE: 'The service is currently unavailable.',
  DEADLINE_EXCEEDED: 'The request deadline was exceeded.',
};

/** A failure the simulator answers with Google's envelope; routes throw it, `onError` renders it. */
export class GoogleApiError extends Error {
  readonly status: number;
  readonly body: GoogleErrorBody;
  constructor(status: number, body: GoogleErrorBody) {
    super(body.error.message);
    this.name = 'GoogleApiError';
    this.status = status;
    this.body = body;
  }
}

/**
 * A Google Ads error: the envelope with one `GoogleAdsFailure` in `details`
 * (its `@type` names the API version of the request).
 *
 * @example
 * throw adsError(403, 'v26', 'req1', [{ errorCode: { authorizationError: 'CUSTOMER_NOT_ENABLED' }, message: '...' }]);
 */
export function adsError(status: number, version: string, requestId: string, errors: GoogleAdsErrorEntry[]): GoogleApiError {
  const name = statusName(status);
  return new GoogleApiError(status, {
    error: {
      code: status,
      message: STATUS_MESSAGES[name] ?? errors[0]?.message ?? name,
      status: name,
      details: [{ '@type': `type.googleapis.com/google.ads.googleads.${version}.errors.GoogleAdsFailure`, errors, requestId }],
    },
  });
}

/** A Google front-end error without a GoogleAdsFailure (expired tokens, missing scopes, outages). */
export function rpcError(status: number, message: string, details: Array<Record<string, unknown>> = []): GoogleApiError {
  return new GoogleApiError(status, {
    error: { code: status, message, status: statusName(status), ...(details.length ? { details } : {}) },
  });
}

/** `google.rpc.ErrorInfo` as Google's front end attaches it (reason ACCESS_TOKEN_SCOPE_INSUFFICIENT, ...). */
export function errorInfo(reason: string, method: string): Record<string, unknown> {
  return {
    '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
    reason,
    domain: 'googleapis.com',
    metadata: { service: 'googleads.googleapis.com', method },
  };
}

export const queryError = (value: string, message: string): GoogleAdsErrorEntry => ({ errorCode: { queryError: value }, message });
export const requestError = (value: string, message: string): GoogleAdsErrorEntry => ({ errorCode: { requestError: value }, message });

export const USER_PERMISSION_DENIED: GoogleAdsErrorEntry = {
  errorCode: { authorizationError: 'USER_PERMISSION_DENIED' },
  message:
    "User doesn't have permission to access customer. Note: If you're accessing a client customer, the manager's customer id must be set in the 'login-customer-id' header. See https://developers.google.com/google-ads/api/docs/concepts/call-structure#cid",
};

export const NOT_ADS_USER: GoogleAdsErrorEntry = {
  errorCode: { authenticationError: 'NOT_ADS_USER' },
  message:
    'The Google account that generated the OAuth access tokens is not associated with any Ads accounts. Create a new account, or add the Google account to an existing Ads account.',
};

export const CUSTOMER_NOT_ENABLED: GoogleAdsErrorEntry = {
  errorCode: { authorizationError: 'CUSTOMER_NOT_ENABLED' },
  message: "The customer account can't be accessed because it is not yet enabled or has been deactivated.",
};

/** Which quota a QuotaError is about (`QuotaErrorDetails.rate_scope`, `rate_name`). */
export interface QuotaBucket {
  code: 'RESOURCE_EXHAUSTED' | 'RESOURCE_TEMPORARILY_EXHAUSTED';
  rateScope: 'ACCOUNT' | 'DEVELOPER';
  rateName: string;
}

/** The Cloud project's daily operations quota (Basic access: 15,000 a day). */
export const DAILY_OPERATIONS: QuotaBucket = {
  code: 'RESOURCE_EXHAUSTED',
  rateScope: 'DEVELOPER',
  rateName: 'Number of operations for basic access',
};

/**
 * A quota error as Google sends it: 429 RESOURCE_EXHAUSTED, a QuotaError
 * code and `QuotaErrorDetails` with the bucket and the wait as a Duration (`"30s"`).
 *
 * @example
 * quotaError('v26', 'req1', 30) // "Too many requests. Retry in 30 seconds.", retryDelay "30s"
 */
export function quotaError(version: string, requestId: string, retrySeconds: number, bucket = DAILY_OPERATIONS): GoogleApiError {
  return adsError(429, version, requestId, [
    {
      errorCode: { quotaError: bucket.code },
      message: `Too many requests. Retry in ${retrySeconds} seconds.`,
      details: { quotaErrorDetails: { rateScope: bucket.rateScope, rateName: bucket.rateName, retryDelay: `${retrySeconds}s` } },
    },
  ]);
}

/**
 * The body Google sends with a given status, for injected faults.
 *
 * @example
 * googleStatusBody(503, 'v26', 'req1', 30) // { error: { code: 503, status: 'UNAVAILABLE', ... } }
 */
export function googleStatusBody(status: number, version: string, requestId: string, retrySeconds: number): GoogleErrorBody {
  if (status === 429) return quotaError(version, requestId, retrySeconds).body;
  if (status === 401) return rpcError(401, UNAUTHENTICATED_MESSAGE).body;
  if (status === 403) return adsError(403, version, requestId, [USER_PERMISSION_DENIED]).body;
  if (status === 500) {
    return adsError(500, version, requestId, [
      { errorCode: { internalError: 'INTERNAL_ERROR' }, message: 'An internal error has occurred.' },
    ]).body;
  }
  if (status >= 500) return rpcError(status, STATUS_MESSAGES[statusName(status)] ?? 'Server error').body;
  return rpcError(status, STATUS_MESSAGES[statusName(status)] ?? `Request failed with status ${status}`).body;
}

/** A JSON response with any status (Hono's `c.json` only takes literal status types). */
export function jsonResponse(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...headers, 'content-type': 'application/json; charset=UTF-8' } });
}

/** A thrown GoogleApiError as the response Google sends. */
export const errorResponse = (error: GoogleApiError): Response => jsonResponse(error.body, error.status);

/** Google's HTML 404 for paths nothing serves. */
export function notFoundPage(path: string): Response {
  const html = `<!DOCTYPE html><html lang=en><meta charset=utf-8><title>Error 404 (Not Found)!!1</title><p><b>404.</b> <ins>That’s an error.</ins><p>The requested URL <code>${path.replace(/[<>&"]/g, '')}</code> was not found on this server. <ins>That’s all we know.</ins>`;
  return new Response(html, { status: 404, headers: { 'content-type': 'text/html; charset=UTF-8' } });
}
