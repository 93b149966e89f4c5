import { credentialOf, requireCredential, type CredentialAnswers, type VendorConditions } from '@tributary/sandbox';
import type { Context, MiddlewareHandler } from 'hono';
import {
  invalidKey,
  invalidRequest,
  jsonResponse,
  MISSING_KEY_MESSAGE,
  StripeApiError,
  stripeStatusBody,
  stripeStatusHeaders,
} from './errors.js';
import { isStripeApiVersion } from './versions.js';
import type { World } from './world.js';

/** Stripe reads the key from `Authorization: Bearer <key>`, or Basic auth with the key as username. */
export const STRIPE_KEY_PLACE = { bearer: true, basicUsername: true } as const;

const answer = (error: StripeApiError) => jsonResponse(error.body, error.status, stripeStatusHeaders(error.status));

/** Stripe's 401s: no key, or a key it does not accept (masked: prefix and last four). */
const STRIPE_CREDENTIAL_ANSWERS: CredentialAnswers = {
  missing: () => answer(new StripeApiError(401, 'invalid_request_error', MISSING_KEY_MESSAGE)),
  invalid: (_c, key) => answer(invalidKey(key)),
};

/**
 * API-key auth as Stripe does it: the key must be the configured test key
 * (or a live OAuth access token). https://docs.stripe.com/api/authentication
 */
export function stripeAuth(apiKey: string, isOAuthToken: (key: string) => boolean = () => false): MiddlewareHandler {
  const accept = (key: string) => isOAuthToken(key) || (key === apiKey && /^(sk|rk)_test_/.test(key));
  return requireCredential(STRIPE_KEY_PLACE, accept, STRIPE_CREDENTIAL_ANSWERS);
}

/** The platform key a Connect or Stripe Apps OAuth request authenticates with. */
export const platformKeyOf = (c: Context) => credentialOf(c, STRIPE_KEY_PLACE);

/**
 * `Request-Id` on every response and `Stripe-Version` echoed (the pinned one,
 * or the account default when the request does not pin one).
 */
export const versionOf = (c: Context, world: World): string => c.req.header('stripe-version') ?? world.apiVersion.get();

export function stripeHeaders(world: World): MiddlewareHandler {
  return async (c, next) => {
    const version = versionOf(c, world);
    const headers = { 'Request-Id': world.nextRequestId(), 'Stripe-Version': version };
    // Stripe refuses a version it does not know, however well-formed.
    if (!isStripeApiVersion(version)) {
      return jsonResponse(invalidRequest(`Invalid Stripe API version: ${version}`).body, 400, headers);
    }
    await next();
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    return undefined;
  };
}

/**
 * Stripe's request rate limit as kit conditions: a token bucket per key
 * (`perSecond`, a second's worth of burst) answered with Stripe's 429.
 * https://docs.stripe.com/rate-limits
 */
export function stripeRateLimit(perSecond: number | undefined, apiKey: string): VendorConditions {
  if (perSecond === undefined) return {};
  return {
    perSecond,
    burst: perSecond,
    limited: () => ({ status: 429, body: stripeStatusBody(429, apiKey), headers: stripeStatusHeaders(429) }),
  };
}
