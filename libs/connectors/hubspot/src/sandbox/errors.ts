import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';

/** HubSpot's error body (https://developers.hubspot.com/docs/api/error-handling). */
export function errorBody(category: string, message: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { status: 'error', message, correlationId: randomUUID(), category, ...extra };
}

export const CREDENTIALS_NOT_FOUND =
  'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview';

/** 401 for an OAuth token past its 30 minutes. */
export const expiredBody = (secondsAgo: number) =>
  errorBody('EXPIRED_AUTHENTICATION', `The OAuth token used to make this call expired ${secondsAgo} second(s) ago.`);

/** 403 for a token without the scope a call needs. */
export const missingScopesBody = (scopes: readonly string[]) =>
  errorBody(
    'MISSING_SCOPES',
    "This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.",
    {
      errors: [{ message: 'One or more of the following scopes are required.', context: { requiredGranularScopes: [...scopes] } }],
      links: { scopes: 'https://developers.hubspot.com/scopes' },
    },
  );

/** The limit a 429 names: `SECONDLY` for search, `TEN_SECONDLY_ROLLING` for the rest. */
export type LimitPolicy = 'SECONDLY' | 'TEN_SECONDLY_ROLLING';

/** 429 `{status, message, errorType: 'RATE_LIMIT', correlationId, policyName}`. */
export function rateLimitBody(policy: LimitPolicy): Record<string, unknown> {
  return {
    status: 'error',
    message: `You have reached your ${policy.toLowerCase()} limit.`,
    errorType: 'RATE_LIMIT',
    correlationId: randomUUID(),
    policyName: policy,
  };
}

/** The body HubSpot sends with a status, for injected faults. */
export function hubspotStatusBody(status: number): unknown {
  if (status === 401) return errorBody('INVALID_AUTHENTICATION', CREDENTIALS_NOT_FOUND);
  if (status === 403) return missingScopesBody(['crm.objects.contacts.read']);
  if (status === 404) return errorBody('OBJECT_NOT_FOUND', 'resource not found');
  if (status === 429) return rateLimitBody('TEN_SECONDLY_ROLLING');
  if (status >= 500) return errorBody('INTERNAL_ERROR', 'internal error');
  return errorBody('VALIDATION_ERROR', 'Invalid input');
}

/** 400 `VALIDATION_ERROR`. */
export const badRequest = (c: Context, message: string) => c.json(errorBody('VALIDATION_ERROR', message), 400);
