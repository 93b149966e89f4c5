import type { MiddlewareHandler } from 'hono';
import {
  invalidKey,
  invalidRequest,
  jsonResponse,
  MISSING_KEY_MESSAGE,
  StripeApiError,
  stripeStatusBody,
  stripeStatusHeaders,
} from './errors.js';
import { STRIPE_SIMULATOR_API_VERSION, type World } from './world.js';

/** The key from `Authorization: Bearer <key>` or Basic auth with the key as username. */
export function keyFromAuthorization(header: string | undefined): string | undefined {
  const bearer = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (bearer?.[1]) return bearer[1].trim();
  const basic = /^Basic\s+(.+)$/i.exec(header ?? '');
  if (!basic?.[1]) return undefined;
  const decoded = Buffer.from(basic[1].trim(), 'base64').toString('utf8');
  const user = decoded.split(':')[0];
  return user ? user : undefined;
}

/**
 * API-key auth as Stripe does it: the key must be the configured test key.
 * Errors never echo the key beyond Stripe's own mask (prefix + last four).
 * https://docs.stripe.com/api/authentication
 */
export function stripeAuth(apiKey: string, isConnectToken: (key: string) => boolean = () => false): MiddlewareHandler {
  return async (c, next) => {
    const key = keyFromAuthorization(c.req.header('authorization'));
    if (key === undefined) throw new StripeApiError(401, 'invalid_request_error', MISSING_KEY_MESSAGE);
    if (isConnectToken(key)) return next();
    if (key !== apiKey || !/^(sk|rk)_test_/.test(key)) throw invalidKey(key);
    await next();
  };
}

/**
 * `Request-Id` on every response and `Stripe-Version` echoed (the pinned one,
 * or the account default when the request does not pin one).
 */
export function stripeHeaders(world: World): MiddlewareHandler {
  return async (c, next) => {
    const version = c.req.header('stripe-version') ?? STRIPE_SIMULATOR_API_VERSION;
    const headers = { 'Request-Id': world.nextRequestId(), 'Stripe-Version': version };
    if (!/^\d{4}-\d{2}-\d{2}(\.[a-z]+)?$/.test(version)) {
      return jsonResponse(invalidRequest(`Invalid Stripe API version: ${version}`).body, 400, headers);
    }
    await next();
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    return undefined;
  };
}

/** Requests beyond `perSecond` within one wall-clock second get Stripe's 429. */
export function stripeRateLimit(perSecond: number, apiKey: string): MiddlewareHandler {
  let windowStart = 0;
  let used = 0;
  return async (_c, next) => {
    const now = Date.now();
    if (now - windowStart >= 1000) {
      windowStart = now;
      used = 0;
    }
    used++;
    if (used > perSecond) return jsonResponse(stripeStatusBody(429, apiKey), 429, stripeStatusHeaders(429));
    return next();
  };
}
