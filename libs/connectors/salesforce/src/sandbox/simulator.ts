import type { TokenSet } from '@tributary/core';
import {
  createVendorApp,
  type FaultInjector,
  type OAuthSimulator,
  type RequestLog,
  type RunningServer,
  type ServeOptions,
  type SimulatedClient,
  type VendorConditions,
} from '@tributary/sandbox';
import type { Hono } from 'hono';
import { connectToSimulator } from './connect.js';
import type { SimContext } from './context.js';
import { createData, type SalesforceData } from './data.js';
import { salesforceStatusBody } from './errors.js';
import { createFieldSecurity, type FieldSecurity } from './field-security.js';
import { createLocators } from './locators.js';
import { API_PATHS, apiGate, limitInfo, requireSession } from './middleware.js';
import { createMutations, type SalesforceMutations } from './mutate/index.js';
import { mountOAuth } from './oauth.js';
import { checkOptions, type SalesforceSimulatorOptions } from './options.js';
import { mountRoutes } from './routes/index.js';
import { createStore } from './store.js';
import { createUsageMeter } from './usage.js';
import { createWorld } from './world.js';
import { createWriteLog, type WriteLog } from './writes.js';

export interface SalesforceSimulator {
  /** The fake org; call `app.request()` in-process or `start()` for real HTTP. */
  app: Hono;
  faults: FaultInjector;
  requests: RequestLog;
  /** Latency, jitter and bandwidth (the kit's conditions); Salesforce's own limit is the daily allocation in `limits`. */
  setConditions(conditions: VendorConditions): void;
  /** The authorization server: `tokenInfo`, `expireAccessTokens()`, `grants`, `consent()`. */
  oauth: OAuthSimulator;
  /** The default Connected App (the first of `clients`). */
  client: SimulatedClient;
  /** Connected Apps the authorization server accepts; push to register another. */
  clients: SimulatedClient[];
  /** Serve on 127.0.0.1 (ephemeral port unless given); `instance_url` becomes its URL. The caller closes it. */
  start(options?: ServeOptions): Promise<RunningServer>;
  /** Run the OAuth flow (PKCE, consent, exchange) against a started simulator and return the tokens. */
  connect(baseUrl: string, client?: SimulatedClient): Promise<TokenSet>;
  mutate: SalesforceMutations;
  data: SalesforceData;
  /** Composite updates received (and per-record failures to inject). */
  writes: WriteLog;
  /** The daily API allocation: `use(n)` spends calls as other integrations would; `reset()` frees them. */
  limits: { use(count: number): void; reset(): void };
  /** Field-level security of the integration user: `hide('Account', ['AnnualRevenue'])`, `show(...)`. */
  fieldSecurity: FieldSecurity;
  /** The Recycle Bin: `empty()` purges every deleted record now, as an administrator can. */
  recycleBin: { empty(): void };
  /** Expire every open query locator (as two days would). */
  expireQueryLocators(): void;
}

/**
 * A fake Salesforce org (REST API, `vXX.X` 20.0-68.0) for connector tests,
 * on the sandbox kit's vendor shell (request log, conditions, faults).
 *
 * - OAuth 2.0 web server flow at `/services/oauth2/authorize|token|revoke`:
 *   HTML consent, PKCE required, a refresh token only for the `refresh_token`
 *   scope, no `expires_in` (sessions time out only with `sessionTimeout`),
 *   `instance_url` = this server; revoking an invalid token is 400 `invalid_token`.
 * - `GET /services/data/vXX.X/query?q=` and `/queryAll?q=`: a SOQL subset
 *   (fields, lookup paths, child subqueries, WHERE with AND/OR/NOT,
 *   comparisons and IN over typed literals, ORDER BY, LIMIT), unknown
 *   objects and fields rejected like Salesforce; batches of `pageSize`
 *   (2,000) with `nextRecordsUrl` locators that expire (`INVALID_QUERY_LOCATOR`).
 * - Seeded, lazily generated Accounts, Contacts, Leads, Opportunities (with
 *   two contact roles each), Tasks and Events; `mutate.*` changes them
 *   vendor-side, stamping SystemModstamp to the second (late commits
 *   included); deleted rows stay in `queryAll` and `getDeleted` while in the
 *   Recycle Bin (15 days, or `recycleBinDays`, or until emptied).
 * - `GET /sobjects/{Object}/describe` and field-level security: fields the
 *   integration user cannot read are left out and are `INVALID_FIELD` in SOQL.
 * - `Sforce-Limit-Info` on every response; a rolling daily allocation, then
 *   403 `REQUEST_LIMIT_EXCEEDED`; 401 `INVALID_SESSION_ID` for expired or revoked tokens.
 * - `GET /limits`; `PATCH /composite/sobjects` (recorded in `writes`, failures injectable).
 * - Errors are Salesforce's JSON array everywhere; `faults` injects them.
 *
 * @example
 * const sim = createSalesforceSimulator({ seed: 7, accounts: 100, pageSize: 50 });
 * const server = await sim.start();
 * const tokens = await sim.connect(server.url);
 * const res = await fetch(`${server.url}/services/data/v62.0/query?q=SELECT+Id+FROM+Account`, { headers: { Authorization: `Bearer ${tokens.accessToken}` } });
 * sim.mutate.update('Contact', 5);
 * await server.close();
 */
export function createSalesforceSimulator(options: SalesforceSimulatorOptions): SalesforceSimulator {
  const checked = checkOptions(options);
  const now = options.now ?? (() => new Date());
  const world = createWorld({
    seed: options.seed ?? 1,
    sizes: checked.sizes,
    now,
    multiCurrency: options.multiCurrency ?? true,
    currency: checked.currency,
  });
  const usage = createUsageMeter(checked.dailyApiLimit);
  usage.add(checked.apiUsage, world.clock.now());
  const vendor = createVendorApp({
    faults: { statusBody: salesforceStatusBody },
    headers: limitInfo(usage, world.clock.now),
    seed: world.seed,
  });
  let served: string | undefined;
  const oauth = mountOAuth(vendor.app, world, {
    clients: checked.clients,
    rotateRefreshTokens: options.rotateRefreshTokens ?? false,
    sessionTimeoutSeconds: checked.sessionTimeoutSeconds,
    now,
    instanceUrl: () => options.instanceUrl ?? served ?? 'http://127.0.0.1',
    tokenSecret: options.oauthTokenSecret,
  });
  const ctx: SimContext = {
    store: createStore(world, { customFields: checked.customFields, recycleBinDays: checked.recycleBinDays }),
    oauth,
    usage,
    locators: createLocators(world, checked.queryLocatorTtlMs),
    writes: createWriteLog(),
    fields: createFieldSecurity(options.hiddenFields),
    pageSize: checked.pageSize,
  };
  vendor.app.use(API_PATHS, requireSession(ctx), apiGate(ctx));
  mountRoutes(vendor.app, ctx);
  const client = checked.clients[0] ?? { clientId: '', clientSecret: '', redirectUris: [] };
  return {
    app: vendor.app,
    faults: vendor.faults,
    requests: vendor.requests,
    setConditions: vendor.setConditions,
    oauth,
    client,
    clients: checked.clients,
    start: async (serveOptions) => {
      const server = await vendor.start(serveOptions);
      served = server.url;
      return server;
    },
    connect: (baseUrl, other = client) => connectToSimulator(oauth, baseUrl, other),
    mutate: createMutations(ctx.store),
    data: createData(ctx.store, usage),
    writes: ctx.writes,
    limits: { use: (count) => usage.add(count, world.clock.now()), reset: () => usage.reset() },
    fieldSecurity: ctx.fields,
    recycleBin: { empty: () => ctx.store.bin.empty() },
    expireQueryLocators: () => ctx.locators.expireAll(),
  };
}
