import {
  AuthExpiredError,
  AuthRevokedError,
  RateLimitedError,
  TransientError,
  VendorError,
  type ConnectorError,
  type ErrorResponse,
} from '@tributary/core';
import { HubSpotErrorBody } from './api.js';

/** How long each of HubSpot's limits takes to free a request (https://developers.hubspot.com/docs/guides/apps/api-usage/usage-details). */
const POLICY_WAIT_MS: Readonly<Record<string, number>> = {
  SECONDLY: 1_000,
  TEN_SECONDLY_ROLLING: 10_000,
  // Private apps' daily allowance resets at midnight in the portal's time zone: try again in an hour.
  DAILY: 60 * 60_000,
};
const DEFAULT_WAIT_MS = 10_000;

function bodyOf(response: ErrorResponse): HubSpotErrorBody | undefined {
  const parsed = HubSpotErrorBody.safeParse(response.body);
  return parsed.success ? parsed.data : undefined;
}

/** The wait a 429 asks for: its interval header, else the policy's window. */
export function rateLimitWait(headers: Headers, policy: string | undefined): number {
  const interval = Number(headers.get('x-hubspot-ratelimit-interval-milliseconds'));
  if (Number.isFinite(interval) && interval > 0 && policy !== 'DAILY') return interval;
  return (policy ? POLICY_WAIT_MS[policy] : undefined) ?? DEFAULT_WAIT_MS;
}

/** The scopes a `MISSING_SCOPES` answer lists (`errors[].context.requiredGranularScopes`). */
function missingScopes(body: HubSpotErrorBody): string[] {
  return (body.errors ?? []).flatMap((e) => e.context?.['requiredGranularScopes'] ?? e.context?.['requiredScopes'] ?? []);
}

function forbidden(body: HubSpotErrorBody | undefined, options: { status: number; vendorCode?: string }): ConnectorError {
  const scopes = body ? missingScopes(body) : [];
  if (body?.category === 'MISSING_SCOPES') {
    const which = scopes.length > 0 ? ` (${scopes.join(', ')})` : '';
    return new AuthRevokedError(`HubSpot access lacks a required scope${which}: reconnect and grant it`, options);
  }
  return new AuthRevokedError(`HubSpot refused access (403)${body ? `: ${body.message}` : ''}`, options);
}

/**
 * HubSpot's error body -> the taxonomy (https://developers.hubspot.com/docs/api/error-handling):
 * 401 `EXPIRED_AUTHENTICATION` is an expired OAuth token (the pipeline
 * refreshes once and retries), any other 401 a rejected token; 403
 * `MISSING_SCOPES` and other 403s are revoked access; a 429 (`RATE_LIMIT`)
 * waits for its policy's window (`SECONDLY` search, `TEN_SECONDLY_ROLLING`,
 * `DAILY`); 5xx are transient; the rest keep HubSpot's `category` as `vendorCode`.
 *
 * @example
 * classifyHubSpotError({ status: 401, body: { status: 'error', message: 'The OAuth token used to make this call expired 2 second(s) ago.', category: 'EXPIRED_AUTHENTICATION' }, headers, text, label })
 * // AuthExpiredError { kind: 'auth_expired', vendorCode: 'EXPIRED_AUTHENTICATION' }
 */
export function classifyHubSpotError(response: ErrorResponse): ConnectorError | undefined {
  const body = bodyOf(response);
  const code = body?.category ?? body?.errorType;
  const options = { status: response.status, ...(code ? { vendorCode: code } : {}) };
  const detail = body ? `: ${body.message}` : '';
  if (response.status === 401) {
    if (code === 'EXPIRED_AUTHENTICATION') return new AuthExpiredError(`HubSpot access token expired${detail}`, options);
    return new AuthRevokedError(`HubSpot rejected the access token (401)${detail}`, options);
  }
  if (response.status === 403) return forbidden(body, options);
  if (response.status === 429 || body?.errorType === 'RATE_LIMIT') {
    const wait = rateLimitWait(response.headers, body?.policyName);
    return new RateLimitedError(`HubSpot rate limit (${body?.policyName ?? response.status})${detail}`, wait, options);
  }
  if (response.status >= 500) return new TransientError(`HubSpot API error (${response.status})${detail}`, options);
  if (body) return new VendorError(`HubSpot ${code ?? 'error'} (${response.status}): ${body.message}`, options);
  return undefined;
}
