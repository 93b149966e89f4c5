import { AuthRevokedError, ConfigError, parseRetryAfter, RateLimitedError, TransientError, VendorError } from '@tributary/core';
import type { ConnectorError, ErrorResponse } from '@tributary/core';

const VENDOR = 'Microsoft Clarity';
const DAY_MS = 86_400_000;

/**
 * Milliseconds until the next UTC midnight: when the 10-a-day allowance is
 * assumed to reset (Clarity documents neither the reset time nor a Retry-After).
 *
 * @example
 * untilUtcMidnight(new Date('2026-12-06T18:00:00Z')) // 21600000
 */
export const untilUtcMidnight = (now: Date): number => DAY_MS - (now.getTime() % DAY_MS);

/** Clarity's error answers have no documented body: a short text or JSON message, if any. */
function detailOf(response: ErrorResponse): string {
  const body = response.body;
  const message =
    typeof body === 'string' ? body : body && typeof body === 'object' && 'message' in body ? String(body.message) : response.text;
  const trimmed = message.trim().slice(0, 200);
  return trimmed ? `: ${trimmed}` : '';
}

/**
 * Clarity's statuses -> the taxonomy (https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-data-export-api):
 * 401 (a token that is wrong, expired or deleted) and 403 (not authorized
 * for the project) need a new token: `auth_revoked`; 429 "Exceeded daily
 * limit" is `rate_limited` until the next UTC midnight; 400 (a parameter)
 * is `config`; 5xx `transient`.
 *
 * @example
 * classifyClarityError({ status: 429, text: 'Exceeded daily limit', ... }) // RateLimitedError, retryAfterMs to midnight UTC
 */
export function classifyClarityError(response: ErrorResponse, now = new Date()): ConnectorError | undefined {
  const detail = detailOf(response);
  const options = { status: response.status };
  if (response.status === 401 || response.status === 403) {
    return new AuthRevokedError(
      `${VENDOR} rejected the API token (${response.status})${detail}: create a new one under Settings -> Data Export`,
      options,
    );
  }
  if (response.status === 429) {
    const wait = parseRetryAfter(response.headers.get('retry-after')) ?? untilUtcMidnight(now);
    return new RateLimitedError(`${VENDOR} daily request limit reached (10 a project)${detail}`, wait, {
      ...options,
      vendorCode: 'daily_limit',
    });
  }
  if (response.status === 400)
    return new ConfigError(`${VENDOR} rejected the request parameters (400)${detail}: check the dimensions`, options);
  if (response.status >= 500) return new TransientError(`${VENDOR} API error (${response.status})${detail}`, options);
  return response.status >= 400 ? new VendorError(`${VENDOR} error (${response.status})${detail}`, options) : undefined;
}
