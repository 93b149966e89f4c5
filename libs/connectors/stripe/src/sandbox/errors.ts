/**
 * Stripe error bodies: `{ error: { type, code?, message, param?, doc_url? } }`.
 * The OpenAPI spec's `api_errors.type` allows exactly these four; a rate
 * limit or a lock timeout is an `invalid_request_error` with its own `code`.
 * https://docs.stripe.com/api/errors
 */
export type StripeErrorType = 'invalid_request_error' | 'api_error' | 'card_error' | 'idempotency_error';

export interface StripeErrorBody {
  error: { type: StripeErrorType; message: string; code?: string; param?: string; doc_url?: string };
}

/** A failure the simulator answers with a Stripe error body; routes throw it, `onError` renders it. */
export class StripeApiError extends Error {
  readonly status: number;
  readonly body: StripeErrorBody;

  constructor(status: number, type: StripeErrorType, message: string, extra: { code?: string; param?: string } = {}) {
    super(message);
    this.name = 'StripeApiError';
    this.status = status;
    this.body = { error: stripeErrorFields(type, message, extra) };
  }
}

function stripeErrorFields(type: StripeErrorType, message: string, extra: { code?: string; param?: string }): StripeErrorBody['error'] {
  const error: StripeErrorBody['error'] = { type, message };
  if (extra.code !== undefined) {
    error.code = extra.code;
    error.doc_url = `https://stripe.com/docs/error-codes/${extra.code.replace(/_/g, '-')}`;
  }
  if (extra.param !== undefined) error.param = extra.param;
  return error;
}

/**
 * A 400 `invalid_request_error`.
 *
 * @example
 * throw invalidRequest('Received unknown parameter: foo', { param: 'foo' });
 */
export function invalidRequest(message: string, extra: { code?: string; param?: string } = {}): StripeApiError {
  return new StripeApiError(400, 'invalid_request_error', message, extra);
}

/** `No such charge: 'ch_x'` (400 for list cursors, 404 when retrieving). */
export function resourceMissing(noun: string, id: string, param: string, status: 400 | 404): StripeApiError {
  return new StripeApiError(status, 'invalid_request_error', `No such ${noun}: '${id}'`, { code: 'resource_missing', param });
}

export const MISSING_KEY_MESSAGE =
  "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.";

/**
 * Stripe's masked form of a key: the mode prefix, stars and at most the last four characters.
 *
 * @example
 * maskKey('sk_test_51AbCdEf1234') // 'sk_test_********1234'
 */
export function maskKey(key: string): string {
  const prefix = /^(?:sk|rk|pk)_(?:test|live)_/.exec(key)?.[0] ?? '';
  const last4 = key.length >= prefix.length + 8 ? key.slice(-4) : '';
  return `${prefix}********${last4}`;
}

export function invalidKey(key: string): StripeApiError {
  return new StripeApiError(401, 'invalid_request_error', `Invalid API Key provided: ${maskKey(key)}`);
}

const RATE_LIMIT_MESSAGE = 'Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.';
const IDEMPOTENCY_CONFLICT_MESSAGE =
  'There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): retry after a moment.';
const LOCK_TIMEOUT_MESSAGE =
  'This object cannot be accessed right now because another API request or Stripe process is currently accessing it. If you see this error intermittently, retry the request. If you see this error frequently and are making multiple concurrent requests to a single object, make your requests serially or at a lower rate.';

/**
 * Stripe's 429 for a lock held by another request (`lock_timeout`): a 429
 * like the rate limit, told apart only by its code. Inject it with
 * `faults.add(match, { kind: 'status', status: 429, body: STRIPE_LOCK_TIMEOUT })`.
 * https://docs.stripe.com/rate-limits#object-lock-timeouts
 */
export const STRIPE_LOCK_TIMEOUT: StripeErrorBody = {
  error: stripeErrorFields('invalid_request_error', LOCK_TIMEOUT_MESSAGE, { code: 'lock_timeout' }),
};

/**
 * The body Stripe sends with a given status, used for injected faults and the rate limiter.
 *
 * @example
 * stripeStatusBody(429, key) // { error: { type: 'invalid_request_error', code: 'rate_limit', ... } }
 */
export function stripeStatusBody(status: number, apiKey: string): StripeErrorBody {
  if (status === 429) return { error: stripeErrorFields('invalid_request_error', RATE_LIMIT_MESSAGE, { code: 'rate_limit' }) };
  if (status === 401) return invalidKey(apiKey).body;
  if (status === 402) return { error: stripeErrorFields('card_error', 'Your card was declined.', { code: 'card_declined' }) };
  if (status === 404) return { error: stripeErrorFields('invalid_request_error', 'Unrecognized request URL.', {}) };
  // 409: a request that conflicts with another one using the same idempotency key.
  if (status === 409) return { error: stripeErrorFields('idempotency_error', IDEMPOTENCY_CONFLICT_MESSAGE, {}) };
  if (status >= 500) return { error: stripeErrorFields('api_error', 'An unknown error occurred', {}) };
  return { error: stripeErrorFields('invalid_request_error', `Request failed with status ${status}`, {}) };
}

/** A JSON response with any status (Hono's `c.json` only takes literal status types). */
export function jsonResponse(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...headers, 'content-type': 'application/json' } });
}

/** Headers Stripe adds to an error of this status. `Stripe-Should-Retry` is honoured by Stripe's SDKs; Stripe sends no Retry-After. */
export function stripeStatusHeaders(status: number): Record<string, string> {
  if (status === 429 || status === 409) return { 'Stripe-Should-Retry': 'true' };
  if (status === 401) return { 'WWW-Authenticate': 'Basic realm="Stripe"' };
  return {};
}
