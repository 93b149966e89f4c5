import type { Hono } from 'hono';
import { jsonResponse, StripeApiError, stripeStatusHeaders } from '../errors.js';
import { parseParams } from '../params.js';
import type { Store } from '../store.js';
import { mountCharges } from './charges.js';
import { mountCustomers } from './customers.js';
import { mountEvents } from './events.js';
import { mountRefunds } from './refunds.js';
import { mountSubscriptions } from './subscriptions.js';

const BALANCE = {
  object: 'balance',
  available: [{ amount: 1_254_300, currency: 'usd', source_types: { card: 1_254_300 } }],
  connect_reserved: [{ amount: 0, currency: 'usd' }],
  livemode: false,
  pending: [{ amount: 48_950, currency: 'usd', source_types: { card: 48_950 } }],
};

/**
 * Every simulated endpoint, Stripe's 404 for anything else, and Stripe
 * error bodies for every thrown StripeApiError.
 *
 * @example
 * mountRoutes(app, store);
 */
export function mountRoutes(app: Hono, store: Store): void {
  mountCustomers(app, store);
  mountCharges(app, store);
  mountRefunds(app, store);
  mountSubscriptions(app, store);
  mountEvents(app, store);
  // https://docs.stripe.com/api/balance/balance_retrieve
  app.get('/v1/balance', (c) => {
    parseParams(new URL(c.req.url).searchParams, { list: false });
    return c.json(BALANCE);
  });
  app.notFound((c) => {
    const message = `Unrecognized request URL (${c.req.method}: ${c.req.path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`;
    return jsonResponse({ error: { type: 'invalid_request_error', message } }, 404);
  });
  app.onError((error) => {
    if (error instanceof StripeApiError) return jsonResponse(error.body, error.status, stripeStatusHeaders(error.status));
    // A simulator bug, not a simulated failure: say so loudly, answer like Stripe would.
    console.error('Stripe simulator error', error);
    return jsonResponse({ error: { type: 'api_error', message: 'An unknown error occurred' } }, 500);
  });
}
