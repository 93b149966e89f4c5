import {
  createVendorApp,
  type FaultInjector,
  type RequestLog,
  type RunningServer,
  type ServeOptions,
  type VendorConditions,
} from '@tributary/sandbox';
import type { Context, Hono } from 'hono';
import { googleCredentials } from './access.js';
import { createClock } from './clock.js';
import { createControls, type GoogleAdsControls } from './control.js';
import { createData, type GoogleAdsData } from './data.js';
import { googleStatusBody } from './errors.js';
import { googleConditions } from './limits.js';
import { googleHeaders } from './middleware.js';
import { DEFAULT_GOOGLE_CLIENT, mountGoogleOAuth, type GoogleOAuth } from './oauth.js';
import { checkOptions, GOOGLE_ADS_SIMULATOR_VERSIONS, type GoogleAdsSimulatorOptions } from './options.js';
import { createQuota, type Quota } from './quota.js';
import { mountApi } from './routes.js';
import { rpcOf, versionIn } from './rpc.js';
import { createStore } from './store.js';
import { buildAccounts } from './world.js';

export interface GoogleAdsSimulator extends GoogleAdsControls {
  /** The fake Google (OAuth and Ads API on one host); `app.request()` in-process or `start()` for real HTTP. */
  app: Hono;
  faults: FaultInjector;
  requests: RequestLog;
  /** Latency, bandwidth and Google's short-term rate limit (`perSecond`, `burst`) while the simulator runs. */
  setConditions(conditions: VendorConditions): void;
  /** Google's authorization server: consent screen, tokens, revocation, `authorize()` for tests. */
  google: GoogleOAuth;
  quota: Quota;
  data: GoogleAdsData;
  /** The 10-digit id of an account key (`'us'`, `'tokyo'`, ...). */
  customerId(key: string): string;
  /** The newest API version served. */
  readonly version: string;
  start(options?: ServeOptions): Promise<RunningServer>;
}

/**
 * A fake Google Ads API (REST, v23-v26) with Google's OAuth, for connector
 * tests and the sandbox, on the sandbox kit's shell (request log, conditions, faults).
 *
 * - OAuth at Google's paths (`/o/oauth2/v2/auth`, `/token`, `/revoke`): HTML
 *   consent, PKCE S256, refresh tokens only for `access_type=offline` (and
 *   only on the first grant unless `prompt=consent`), `invalid_grant` after revoke.
 * - `GET /vNN/customers:listAccessibleCustomers`; `POST /vNN/customers/{id}/googleAds:searchStream`
 *   (an array of batches) and `:search` (`nextPageToken` bound to the query, fixed page size,
 *   `searchSettings`): a GAQL subset over `customer`, `campaign` and `customer_client` with
 *   `segments.date` and metrics, int64 as strings, all-zero days left out.
 * - Bearer tokens with the adwords scope (the kit's credential check); no developer token
 *   needed. Access: accounts without a parent are reachable directly; clients only with
 *   `login-customer-id` = a manager above them; cancelled accounts answer
 *   CUSTOMER_NOT_ENABLED; metrics on a manager REQUESTED_METRICS_FOR_MANAGER.
 * - Data is seeded: each account's days are in its time zone; today is
 *   partial; conversions of the last `conversionLagDays` days grow as time
 *   passes (`advanceDays`), and `restate()` lands late conversions,
 *   retractions or invalid-click credits on chosen rows; `restateDay()` and
 *   `invalidateDay()` restate one day. The clock is frozen unless moved.
 * - Errors are Google's envelope with a GoogleAdsFailure naming the request's
 *   version and id (`[...]`-wrapped on searchStream); `faults` inject
 *   Google-shaped 429 (with `retryDelay`), 401, 403, 5xx; `operationsPerDay`
 *   enforces the daily quota, `rateLimit` the short-term one.
 *
 * @example
 * const sim = createGoogleAdsSimulator({ seed: 7 });
 * const tokens = await sim.google.authorize();
 * const res = await sim.app.request(`/v26/customers/${sim.customerId('us')}/googleAds:searchStream`, {
 *   method: 'POST', headers: { Authorization: `Bearer ${tokens.access_token}` },
 *   body: JSON.stringify({ query: 'SELECT customer.currency_code FROM customer' }),
 * });
 * sim.restate({ customer: 'us', count: 5 });
 */
export function createGoogleAdsSimulator(options: GoogleAdsSimulatorOptions = {}): GoogleAdsSimulator {
  const checked = checkOptions(options);
  const clock = createClock(options.now);
  const store = createStore(buildAccounts({ ...checked, clock }), clock, { seed: checked.seed, lagDays: checked.lagDays });
  const version = GOOGLE_ADS_SIMULATOR_VERSIONS[GOOGLE_ADS_SIMULATOR_VERSIONS.length - 1] ?? 'v26';
  const ids = new WeakMap<Request, string>();
  const requestIdOf = (c: Context) => ids.get(c.req.raw) ?? store.nextRequestId();
  const rpc = (c: Context) => rpcOf(c.req.method, c.req.path, GOOGLE_ADS_SIMULATOR_VERSIONS);
  const vendor = createVendorApp({
    faults: {
      statusBody: (status, c) => googleStatusBody(status, versionIn(c.req.path, version), requestIdOf(c), checked.quotaRetrySeconds),
    },
    headers: googleHeaders(store, ids),
    seed: checked.seed,
  });
  const clients = options.clients ?? [{ ...DEFAULT_GOOGLE_CLIENT, redirectUris: [...DEFAULT_GOOGLE_CLIENT.redirectUris] }];
  const google = mountGoogleOAuth(vendor.app, clients, options.now && clock.now, options.oauthTokenSecret);
  const setConditions = (conditions: VendorConditions) =>
    vendor.setConditions(googleConditions({ oauth: google.oauth, rpcOf: rpc, requestIdOf }, conditions));
  setConditions(options.rateLimit ?? {});
  vendor.app.use('*', googleCredentials(google.oauth, rpc));
  const quota = createQuota(options.operationsPerDay, clock);
  mountApi(vendor.app, { store, quota, rpcOf: rpc, requestIdOf, streamBatchSize: checked.batchSize, searchPageSize: checked.batchSize });
  const data = createData(store);
  return {
    app: vendor.app,
    faults: vendor.faults,
    requests: vendor.requests,
    setConditions,
    google,
    quota,
    data,
    customerId: (key) => data.customerId(key),
    version,
    start: vendor.start,
    ...createControls(store, checked.seed, checked.historyDays),
  };
}
