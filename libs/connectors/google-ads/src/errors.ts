import {
  AuthExpiredError,
  AuthRevokedError,
  ConfigError,
  ConnectorError,
  RateLimitedError,
  TransientError,
  VendorError,
  type ErrorResponse,
} from '@tributary/core';
import { GoogleAdsErrorBody, GoogleAdsFailure } from './api.js';
import { failureCodes, retryDelayMs, type FailureCode } from './failure.js';

/** Quota errors without a retry delay: wait this long before the next attempt. */
export const DEFAULT_QUOTA_WAIT_MS = 30_000;

type Make = (message: string, options: { status: number; vendorCode?: string }) => ConnectorError;
const expired: Make = (m, o) => new AuthExpiredError(m, o);
const revoked: Make = (m, o) => new AuthRevokedError(m, o);
const config: Make = (m, o) => new ConfigError(m, o);
const vendor: Make = (m, o) => new VendorError(m, o);

/** `errorCode` values that need a person, by what they can do about it. */
const BY_CODE: Record<string, Make> = {
  // authenticationError: the token itself (a refresh may fix it) or the Google login (reconnect).
  OAUTH_TOKEN_EXPIRED: expired,
  OAUTH_TOKEN_INVALID: expired,
  OAUTH_TOKEN_HEADER_INVALID: expired,
  OAUTH_TOKEN_REVOKED: revoked,
  OAUTH_TOKEN_DISABLED: revoked,
  NOT_ADS_USER: revoked,
  GOOGLE_ACCOUNT_DELETED: revoked,
  GOOGLE_ACCOUNT_AUTHENTICATION_FAILED: revoked,
  TWO_STEP_VERIFICATION_NOT_ENROLLED: revoked,
  ADVANCED_PROTECTION_NOT_ENROLLED: revoked,
  CUSTOMER_NOT_FOUND: config,
  CLIENT_CUSTOMER_ID_INVALID: config,
  // authorizationError: the login lost access, or the account / Cloud project cannot be used.
  USER_PERMISSION_DENIED: revoked,
  CUSTOMER_NOT_ENABLED: config,
  INVALID_LOGIN_CUSTOMER_ID_SERVING_CUSTOMER_ID_COMBINATION: config,
  ACTION_NOT_PERMITTED_FOR_SUSPENDED_ACCOUNT: config,
  ACCESS_DENIED_FOR_ACCOUNT_TYPE: config,
  CLOUD_PROJECT_NOT_APPROVED_FOR_PRODUCTION: config,
  REQUESTED_METRICS_FOR_MANAGER: config,
  ACCESS_PROHIBITED: config,
};
/** Whole categories that are about the app's Cloud project or developer token: configuration. */
const CONFIG_CATEGORIES = new Set(['authorizationError', 'authenticationError']);

const HINTS: Record<string, string> = {
  USER_PERMISSION_DENIED:
    'The connected Google login cannot read this account. If it is a client of a manager account, select it through its manager (login-customer-id); otherwise reconnect with a login that has access.',
  CUSTOMER_NOT_ENABLED: 'The account is not enabled or was deactivated in Google Ads: deselect it or reactivate it.',
  REQUESTED_METRICS_FOR_MANAGER: 'A manager account has no metrics of its own: select its client accounts instead.',
  NOT_ADS_USER: 'The connected Google login has no Google Ads account: reconnect with a login that has one.',
  CLOUD_PROJECT_NOT_APPROVED_FOR_PRODUCTION: "The OAuth client's Cloud project only has Test access: apply for Basic access.",
};

function describe(body: GoogleAdsErrorBody, first: FailureCode | undefined, requestId: string | undefined): string {
  const parts = [`Google Ads ${body.error.status || body.error.code}`, first?.message || body.error.message];
  const hint = first ? HINTS[first.value] : undefined;
  return `${parts.filter(Boolean).join(': ')}${hint ? ` ${hint}` : ''}${requestId ? ` (request ${requestId})` : ''}`;
}

/**
 * Google's error envelope (`{error: {code, message, status, details:
 * [GoogleAdsFailure]}}`, also wrapped in an array by searchStream) -> the
 * taxonomy (https://developers.google.com/google-ads/api/docs/best-practices/error-types):
 * rejected tokens `auth_expired` (a refresh may help), a login without access
 * `auth_revoked`, an unusable account or Cloud project `config`, quota
 * `rate_limited` after Google's `retryDelay`, internal and unavailable
 * `transient`, query mistakes `vendor`.
 *
 * @example
 * classifyGoogleAdsError({ status: 429, body: quotaEnvelope, ... }) // RateLimitedError, retryAfterMs from retryDelay
 */
export function classifyGoogleAdsError(response: ErrorResponse): ConnectorError | undefined {
  const raw = Array.isArray(response.body) ? response.body[0] : response.body;
  const parsed = GoogleAdsErrorBody.safeParse(raw);
  if (!parsed.success) return undefined;
  const body = parsed.data;
  const failure = body.error.details.map((d) => GoogleAdsFailure.safeParse(d)).find((r) => r.success)?.data;
  const codes = failureCodes(failure);
  const first = codes[0];
  const status = response.status || body.error.code;
  const message = describe(body, first, failure?.requestId ?? response.headers.get('request-id') ?? undefined);
  const options = { status, ...(first ? { vendorCode: first.value } : body.error.status ? { vendorCode: body.error.status } : {}) };
  const quota = codes.find((c) => c.category === 'quotaError');
  if ((quota && quota.value !== 'ACCESS_PROHIBITED') || body.error.status === 'RESOURCE_EXHAUSTED' || status === 429) {
    return new RateLimitedError(message, retryDelayMs(body) ?? DEFAULT_QUOTA_WAIT_MS, options);
  }
  const known = codes.map((c) => BY_CODE[c.value]).find((make) => make !== undefined);
  if (known) return known(message, options);
  if (first && CONFIG_CATEGORIES.has(first.category)) return config(message, options);
  return byStatus(body, status, message, options);
}

function byStatus(
  body: GoogleAdsErrorBody,
  status: number,
  message: string,
  options: { status: number; vendorCode?: string },
): ConnectorError {
  if (status === 401 || body.error.status === 'UNAUTHENTICATED') return expired(message, options);
  if (scopeMissing(body)) return revoked(`${message} Reconnect and grant access to Google Ads.`, options);
  if (status === 403 || body.error.status === 'PERMISSION_DENIED') return revoked(message, options);
  if (status >= 500 || ['INTERNAL', 'UNAVAILABLE', 'DEADLINE_EXCEEDED', 'ABORTED'].includes(body.error.status)) {
    return new TransientError(message, options);
  }
  return vendor(message, options);
}

/** `google.rpc.ErrorInfo` with reason ACCESS_TOKEN_SCOPE_INSUFFICIENT: the token lacks the adwords scope. */
function scopeMissing(body: GoogleAdsErrorBody): boolean {
  return body.error.details.some((d) => d['reason'] === 'ACCESS_TOKEN_SCOPE_INSUFFICIENT');
}

/**
 * An error element inside a 200 searchStream array (the stream failed after
 * it began) -> the taxonomy, like a failed response.
 */
export function streamFailure(part: GoogleAdsErrorBody, label: string): ConnectorError {
  const response: ErrorResponse = { status: part.error.code, headers: new Headers(), body: part, text: '', label };
  return classifyGoogleAdsError(response) ?? new VendorError(`${label}: ${part.error.message}`, { status: part.error.code });
}

/**
 * Google Ads quota errors carry their own wait (often hours for the daily
 * operations quota): retrying at once only burns quota, so a 429 is never
 * retried inside the request; the sync waits `retryAfterMs` instead.
 */
export function retryHint(response: Response): boolean | undefined {
  return response.status === 429 ? false : undefined;
}
