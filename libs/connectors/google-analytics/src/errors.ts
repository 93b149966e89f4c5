import {
  AuthExpiredError,
  AuthRevokedError,
  ConfigError,
  parseRetryAfter,
  RateLimitedError,
  TransientError,
  VendorError,
  type ConnectorError,
  type ErrorResponse,
} from '@tributary/core';
import { GoogleAnalyticsErrorBody } from './api.js';
import { quotaWaitMs } from './quota.js';

const VENDOR = 'Google Analytics';

/**
 * Google's error envelope (`{ error: { code, message, status } }`) -> the
 * taxonomy (https://developers.google.com/analytics/devguides/reporting/data/v1/errors):
 * UNAUTHENTICATED `auth_expired` (a refresh may help); a token without the
 * scope `auth_revoked`; a property the login cannot read or that is gone
 * `config`; RESOURCE_EXHAUSTED (token quotas) `rate_limited` until the quota
 * refills; INTERNAL / UNAVAILABLE `transient`; bad requests `vendor`.
 *
 * @example
 * classifyGoogleAnalyticsError({ status: 429, body: { error: { code: 429, status: 'RESOURCE_EXHAUSTED', message } }, ... }) // RateLimitedError
 */
export function classifyGoogleAnalyticsError(response: ErrorResponse, now = new Date()): ConnectorError | undefined {
  const parsed = GoogleAnalyticsErrorBody.safeParse(response.body);
  const error = parsed.success ? parsed.data.error : undefined;
  const status = error?.status ?? '';
  const message = `${VENDOR} ${status || response.status}${error?.message ? `: ${error.message}` : ''}`;
  const options = { status: response.status, ...(status ? { vendorCode: status } : {}) };
  if (response.status === 429 || status === 'RESOURCE_EXHAUSTED') {
    const wait = parseRetryAfter(response.headers.get('retry-after')) ?? quotaWaitMs(error?.message ?? '', now);
    return new RateLimitedError(message, wait, options);
  }
  if (response.status === 401) return new AuthExpiredError(message, options);
  if (response.status === 403) {
    // A token granted without analytics.readonly: only a new consent fixes it.
    if (/scope/i.test(error?.message ?? '')) return new AuthRevokedError(message, options);
    return new ConfigError(
      `${message} The connected Google login cannot read this property: deselect it or grant the login access.`,
      options,
    );
  }
  if (response.status === 404) return new ConfigError(`${message} The property no longer exists: deselect it.`, options);
  if (response.status >= 500) return new TransientError(message, options);
  return error ? new VendorError(message, options) : undefined;
}
