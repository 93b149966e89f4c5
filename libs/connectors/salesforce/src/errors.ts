import {
  AuthExpiredError,
  AuthRevokedError,
  ConfigError,
  RateLimitedError,
  TransientError,
  VendorError,
  type ConnectorError,
  type ErrorResponse,
} from '@tributary/core';
import { SalesforceErrorBody } from './api.js';

/** The daily allocation is a rolling 24-hour window: calls free up as old ones age out. Check again in an hour. */
export const DAILY_LIMIT_WAIT_MS = 60 * 60_000;
/** Concurrency limits (long-running requests) clear within seconds. */
const CONCURRENCY_WAIT_MS = 30_000;

/** `Sforce-Limit-Info: api-usage=10018/100000`, parsed. */
export interface ApiUsage {
  used: number;
  limit: number;
  remaining: number;
}

/**
 * Read the daily API usage Salesforce reports on every REST response
 * (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/headers_api_usage.htm).
 *
 * @example
 * apiUsage(new Headers({ 'Sforce-Limit-Info': 'api-usage=18/5000' })) // { used: 18, limit: 5000, remaining: 4982 }
 */
export function apiUsage(headers: Headers): ApiUsage | undefined {
  const match = /api-usage=(\d+)\/(\d+)/.exec(headers.get('sforce-limit-info') ?? '');
  if (!match) return undefined;
  const used = Number(match[1]);
  const limit = Number(match[2]);
  return { used, limit, remaining: Math.max(0, limit - used) };
}

function firstError(body: unknown): { errorCode: string; message: string } | undefined {
  const parsed = SalesforceErrorBody.safeParse(body);
  return parsed.success ? parsed.data[0] : undefined;
}

/**
 * Salesforce's error array (`[{message, errorCode, fields}]`) -> the taxonomy
 * (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm):
 * 401 `INVALID_SESSION_ID` is an expired session (the pipeline refreshes once
 * and retries), 403 `REQUEST_LIMIT_EXCEEDED` a rate limit (403, not 429),
 * other 403s a permission problem, 5xx transient; the rest keep Salesforce's
 * code as `vendorCode` (`INVALID_QUERY_LOCATOR`, `MALFORMED_QUERY`, ...).
 *
 * @example
 * classifySalesforceError({ status: 401, body: [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }], headers, text, label })
 * // AuthExpiredError { kind: 'auth_expired', vendorCode: 'INVALID_SESSION_ID' }
 */
export function classifySalesforceError(response: ErrorResponse): ConnectorError | undefined {
  const error = firstError(response.body);
  const code = error?.errorCode;
  const detail = error ? `: ${error.errorCode}: ${error.message}` : '';
  const options = { status: response.status, ...(code ? { vendorCode: code } : {}) };
  if (response.status === 401 || code === 'INVALID_SESSION_ID') {
    return new AuthExpiredError(`Salesforce rejected the session (${response.status})${detail}`, options);
  }
  if (code === 'REQUEST_LIMIT_EXCEEDED') return rateLimited(response, error?.message ?? '', options);
  if (response.status === 429) return new RateLimitedError(`Salesforce rate limit (429)${detail}`, CONCURRENCY_WAIT_MS, options);
  if (code === 'API_DISABLED_FOR_ORG' || code === 'API_CURRENTLY_DISABLED') {
    return new ConfigError(`API access is not enabled for this Salesforce org or user${detail}`, options);
  }
  if (response.status === 403) {
    return new AuthRevokedError(`The Salesforce user lacks permission for ${response.label} (403)${detail}`, options);
  }
  if (response.status >= 500) return new TransientError(`Salesforce API error (${response.status})${detail}`, options);
  if (error) return new VendorError(`Salesforce ${error.errorCode} (${response.status}): ${error.message}`, options);
  return undefined;
}

function rateLimited(response: ErrorResponse, message: string, options: { status: number; vendorCode?: string }): RateLimitedError {
  const usage = apiUsage(response.headers);
  const daily = /TotalRequests/i.test(message) || (usage !== undefined && usage.remaining === 0);
  const where = usage ? ` (${usage.used}/${usage.limit} API calls used in the last 24 hours)` : '';
  if (daily) {
    return new RateLimitedError(
      `Salesforce daily API limit reached${where}: syncs resume as the rolling 24-hour window frees calls`,
      DAILY_LIMIT_WAIT_MS,
      options,
    );
  }
  return new RateLimitedError(`Salesforce concurrent request limit reached: ${message}`, CONCURRENCY_WAIT_MS, options);
}
