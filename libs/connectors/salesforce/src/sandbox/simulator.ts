import type { TokenSet } from '@tributary/core';
import {
  createFaults,
  createRequestLog,
  serve,
  type FaultInjector,
  type OAuthSimulator,
  type RequestLog,
  type RunningServer,
  type ServeOptions,
  type SimulatedClient,
} from '@tributary/sandbox';
import { Hono } from 'hono';
import { connectToSimulator } from './connect.js';
import type { SimContext } from './context.js';
import { createData, type SalesforceData } from './data.js';
import { salesforceStatusBody } from './errors.js';
import { createLocators } from './locators.js';
import { apiGate, limitInfo } from './middleware.js';
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
  /** Expire every open query locator (as two days would). */
  expireQueryLocators(): void;
}

/**
 * A fake Salesforce org (REST API, `vXX.X` 20.0-68.0) for connector tests.
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
 *   vendor-side, moving SystemModstamp; deleted rows stay in `queryAll` for 15 days.
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
  let served: string | undefined;
  const app = new Hono();
  const oauth = mountOAuth(app, world, {
    clients: checked.clients,
    rotateRefreshTokens: options.rotateRefreshTokens ?? false,
    sessionTimeoutSeconds: checked.sessionTimeoutSeconds,
    now,
    instanceUrl: () => options.instanceUrl ?? served ?? 'http://127.0.0.1',
    tokenSecret: options.oauthTokenSecret,
  });
  const usage = createUsageMeter(checked.dailyApiLimit);
  usage.add(checked.apiUsage, world.clock.now());
  const store = createStore(world, checked.customFields);
  const ctx: SimContext = {
    store,
    oauth,
    usage,
    locators: createLocators(world, checked.queryLocatorTtlMs),
    writes: createWriteLog(),
    pageSize: checked.pageSize,
  };
  return assemble(app, ctx, checked.clients, (url) => (served = url));
}

function assemble(oauthApp: Hono, ctx: SimContext, clients: SimulatedClient[], onServe: (url: string) => void): SalesforceSimulator {
  const client = clients[0] ?? { clientId: '', clientSecret: '', redirectUris: [] };
  const requests = createRequestLog();
  const faults = createFaults({ statusBody: salesforceStatusBody });
  const app = new Hono();
  app.use('*', requests.middleware());
  app.use('*', limitInfo(ctx));
  app.use('*', faults.middleware());
  app.use('*', apiGate(ctx));
  app.route('/', oauthApp);
  mountRoutes(app, ctx);
  const { world } = ctx.store;
  return {
    app,
    faults,
    requests,
    oauth: ctx.oauth,
    client,
    clients,
    start: async (serveOptions) => {
      const server = await serve(app, serveOptions);
      onServe(server.url);
      return server;
    },
    connect: (baseUrl, other = client) => connectToSimulator(ctx.oauth, baseUrl, other),
    mutate: createMutations(ctx.store),
    data: createData(ctx.store, ctx.usage),
    writes: ctx.writes,
    limits: { use: (count) => ctx.usage.add(count, world.clock.now()), reset: () => ctx.usage.reset() },
    expireQueryLocators: () => ctx.locators.expireAll(),
  };
}
