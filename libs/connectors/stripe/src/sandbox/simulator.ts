import { createVendorApp, type VendorApp } from '@tributary/sandbox';
import { mountConnect, type StripeConnect } from './connect.js';
import { createData, type StripeData } from './data.js';
import { stripeStatusBody, stripeStatusHeaders } from './errors.js';
import { stripeAuth, stripeHeaders, stripeRateLimit } from './middleware.js';
import { createMutations, type StripeMutations } from './mutate/index.js';
import { checkOptions, type StripeSimulatorOptions } from './options.js';
import { mountRoutes } from './routes/index.js';
import { createStore } from './store.js';
import { createWorld, DEFAULT_STRIPE_TEST_KEY, type AccountVersion } from './world.js';

export interface StripeSimulator extends VendorApp {
  /** The only secret key the simulator accepts (access tokens from Connect or Stripe Apps OAuth work too). */
  apiKey: string;
  /** Stripe Connect OAuth and Stripe Apps OAuth (authorize, token, deauthorize) on the same app. */
  connect: StripeConnect;
  /** The account's default API version; `set` is an upgrade in Workbench (later events are rendered in it). */
  apiVersion: AccountVersion;
  mutate: StripeMutations;
  data: StripeData;
}

/**
 * A fake Stripe API (v1) for connector tests, on the sandbox kit's vendor
 * shell (request log, vendor headers, conditions, faults).
 *
 * - Auth: `Authorization: Bearer <key>` or Basic with the key as username; the
 *   key must equal `apiKey` and start `sk_test_`/`rk_test_`. Failures are 401
 *   with the key masked (`sk_test_********1234`).
 * - Every response has `Request-Id: req_...` and echoes `Stripe-Version`;
 *   an unknown version is a 400. Objects are rendered in the request's
 *   version, or the account's (`accountApiVersion`, default 2024-06-20):
 *   from 2025-03-31.basil the billing period is on each subscription item
 *   and `charge.invoice` is gone. Events are rendered once, in the account's
 *   version when they happen (`apiVersion.set()` upgrades the account).
 * - `GET /v1/customers|charges|refunds|subscriptions|events` lists: newest
 *   first, `limit` 1-100 (default 10), `starting_after` xor `ending_before`,
 *   `created` / `created[gt|gte|lt|lte]`, `expand[]`, endpoint filters; unknown
 *   parameters are 400 like Stripe. `/v1/subscriptions` hides canceled ones
 *   unless `status=all`. `/v1/events` supports `type` (`*` wildcards) and
 *   `types[]`, and forgets events older than 30 days.
 * - `GET /v1/customers/:id`, `/v1/charges/:id`, `/v1/refunds/:id`, `/v1/balance`.
 * - Data is generated lazily from `seed` and the clock at creation (`now`):
 *   `created` grows with the index, so a page of 100 from 1,000,000 charges
 *   costs about 100 record generations. Pass `now` for byte-identical data
 *   across runs.
 * - `mutate.*` makes vendor-side changes that emit events; `data.*` tells a
 *   test what Stripe holds; `faults` injects Stripe-shaped 429/5xx, delays,
 *   hangs, resets and truncated JSON; `requests` logs every request;
 *   `setConditions` adds latency or a rate limit while it runs.
 * - `malformedCharges`: those charge indexes are served broken (even index:
 *   `amount: 'abc'`, odd index: no `currency`) for dead-letter tests.
 * - `rateLimitPerSecond`: a token bucket per key; requests beyond it get
 *   Stripe's 429 (`Stripe-Should-Retry: true`, no Retry-After).
 *
 * @example
 * const stripe = createStripeSimulator({ seed: 7, customers: 50, charges: 1_000, malformedCharges: [10] });
 * const server = await stripe.start();
 * const res = await fetch(`${server.url}/v1/charges?limit=100`, { headers: { Authorization: `Bearer ${stripe.apiKey}` } });
 * stripe.mutate.updateCharges(3); // charge.updated / charge.refunded events
 * stripe.faults.add({ path: '/v1/charges' }, { kind: 'status', status: 429 });
 * await server.close();
 */
export function createStripeSimulator(options: StripeSimulatorOptions): StripeSimulator {
  const checked = checkOptions(options);
  const apiKey = options.apiKey ?? DEFAULT_STRIPE_TEST_KEY;
  const seed = options.seed ?? 1;
  const world = createWorld({
    seed,
    sizes: checked.sizes,
    now: options.now ?? (() => new Date()),
    malformedCharges: checked.malformedCharges,
    ...(options.accountApiVersion ? { apiVersion: options.accountApiVersion } : {}),
  });
  const store = createStore(world);
  const vendor = createVendorApp({
    faults: { statusBody: (status) => stripeStatusBody(status, apiKey), statusHeaders: stripeStatusHeaders },
    headers: stripeHeaders(world),
    conditions: stripeRateLimit(options.rateLimitPerSecond, apiKey),
    seed,
  });
  // The OAuth routes come before API-key auth (their token endpoints authenticate the platform themselves).
  const connect = mountConnect(vendor.app, apiKey, undefined, options.oauthTokenSecret);
  vendor.app.use(
    '*',
    stripeAuth(apiKey, (key) => connect.tokenInfo(key) !== undefined),
  );
  mountRoutes(vendor.app, store);
  return { ...vendor, apiKey, connect, apiVersion: world.apiVersion, mutate: createMutations(store), data: createData(store) };
}
