import type { TokenSet } from '@tributary/core';
import {
  createVendorApp,
  serve,
  type FaultInjector,
  type OAuthSimulator,
  type RequestLog,
  type RunningServer,
  type ServeOptions,
  type SimulatedClient,
  type VendorConditions,
} from '@tributary/sandbox';
import type { Context, Hono } from 'hono';
import { randomUUID } from 'node:crypto';
import { apiAuth, scopeCheck, type TokenLedger } from './auth.js';
import { connectToSimulator } from './connect.js';
import { createData, type HubSpotData } from './data.js';
import { hubspotStatusBody, type LimitPolicy } from './errors.js';
import { hubspotLimits } from './limits.js';
import { createMutations, type HubSpotMutations } from './mutate.js';
import { DEFAULT_HUBSPOT_CLIENT, mountHubSpotOAuth } from './oauth.js';
import { checkOptions, type CheckedOptions, type HubSpotSimulatorOptions } from './options.js';
import { mountRoutes } from './routes/index.js';
import { createWorld } from './world.js';

export interface HubSpotSimulator {
  /** The fake portal; call `app.request()` in-process or `start()` for real HTTP. */
  app: Hono;
  faults: FaultInjector;
  requests: RequestLog;
  /** The authorization server: `tokenInfo`, `grants`, `consent()`. */
  oauth: OAuthSimulator;
  /** The default public app (the first of `clients`); push to `clients` to register another. */
  client: SimulatedClient;
  clients: SimulatedClient[];
  /** A private app token the API accepts. */
  privateAppToken: string;
  hubId: number;
  /** Latency and bandwidth while the simulator runs (HubSpot's own limits are always applied unless disabled). */
  setConditions(conditions: VendorConditions): void;
  /** Turn HubSpot's request limits on or off. */
  setRateLimits(on: boolean): void;
  /** 429s the limits answered so far, by policy. */
  readonly limitsHit: Readonly<Record<LimitPolicy, number>>;
  start(options?: ServeOptions): Promise<RunningServer>;
  /** Run the OAuth flow (PKCE, consent, exchange by core's engine) against a started simulator. */
  connect(baseUrl: string, client?: SimulatedClient, scopes?: readonly string[]): Promise<TokenSet>;
  /** Make every issued access token expire now (401 `EXPIRED_AUTHENTICATION` from then on). */
  expireAccessTokens(): void;
  mutate: HubSpotMutations;
  data: HubSpotData;
}

/**
 * A fake HubSpot portal (CRM v3 objects and search, associations v4,
 * pipelines, OAuth v3) for connector tests and the sandbox:
 *
 * - Seeded, lazily generated companies, contacts, deals (in two pipelines,
 *   several currencies), meetings and calls; ids are numeric strings;
 *   modification stamps to the millisecond, spread over two years.
 * - `POST /crm/v3/objects/{type}/search`: filter groups (all operators),
 *   one sort, `limit` <= 200, `after` = offset, `total`; at most `searchCap`
 *   (10,000) results a query: paging past them is a 400.
 * - `GET /crm/v3/objects/{type}` (100 a page, `archived=true` for archived
 *   records with `archivedAt`), `POST .../batch/read` (207 for missing ids),
 *   `POST /crm/v4/associations/{from}/{to}/batch/read`, `GET /crm/v3/pipelines/deals`.
 * - Bearer tokens: private app tokens, or OAuth access tokens (30 minutes;
 *   401 `EXPIRED_AUTHENTICATION` after); 403 `MISSING_SCOPES` for a token
 *   without the object's read scope.
 * - Limits per app: search 5/s (429 `SECONDLY`, no headers), the rest
 *   110 per 10 s with `X-HubSpot-RateLimit-*` headers (429 `TEN_SECONDLY_ROLLING`).
 * - `mutate.*` changes records vendor-side; `faults` injects failures in HubSpot's error shape.
 *
 * @example
 * const sim = createHubSpotSimulator({ seed: 7, companies: 50 });
 * const server = await sim.start();
 * const tokens = await sim.connect(server.url);
 * sim.mutate.update('contacts', 5);
 */
export function createHubSpotSimulator(options: HubSpotSimulatorOptions): HubSpotSimulator {
  const checked = checkOptions(options, [DEFAULT_HUBSPOT_CLIENT]);
  const now = options.now ?? (() => new Date());
  const world = createWorld({ seed: checked.seed, sizes: checked.sizes, now });
  const portal = createPortalApp(checked, now, options.oauthTokenSecret);
  mountRoutes(portal.vendor.app, { world, searchCap: checked.searchCap });
  const { vendor, oauth, ledger } = portal;
  const client = checked.clients[0] ?? DEFAULT_HUBSPOT_CLIENT;
  return {
    app: vendor.app,
    faults: vendor.faults,
    requests: vendor.requests,
    oauth,
    client,
    clients: checked.clients,
    privateAppToken: checked.privateAppTokens[0] ?? '',
    hubId: checked.hubId,
    setConditions: vendor.setConditions,
    setRateLimits: (on) => {
      portal.limits.on = on;
    },
    limitsHit: portal.limits.hits,
    start: (serveOptions) => serve(vendor.app, serveOptions),
    connect: (baseUrl, other = client, scopes) => connectToSimulator(oauth, baseUrl, other, scopes),
    expireAccessTokens: () => {
      oauth.expireAccessTokens();
      const at = now().getTime() - 1;
      for (const token of ledger.keys()) ledger.set(token, Math.min(ledger.get(token) ?? at, at));
    },
    mutate: createMutations(world),
    data: createData(world),
  };
}

/**
 * The portal's HTTP shell, in the order HubSpot applies things: the kit's
 * request log, a correlation id, conditions and faults; the OAuth endpoints;
 * then, on the API, the token, its scopes and the request limits.
 */
function createPortalApp(checked: CheckedOptions, now: () => Date, tokenSecret: string | undefined) {
  const ledger: TokenLedger = new Map();
  const limits = { on: checked.rateLimits, hits: { SECONDLY: 0, TEN_SECONDLY_ROLLING: 0 } satisfies Record<LimitPolicy, number> };
  const vendor = createVendorApp({
    faults: { statusBody: hubspotStatusBody },
    seed: checked.seed,
    headers: async (c, next) => {
      await next();
      c.header('X-HubSpot-Correlation-Id', randomUUID());
    },
  });
  const oauth = mountHubSpotOAuth(vendor.app, { clients: checked.clients, hubId: checked.hubId, ledger, now, tokenSecret });
  // Limits are per app and portal: an OAuth token counts against its app, a private app token against itself.
  const callerOf = (c: Context) => {
    const token = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
    return oauth.tokenInfo(token)?.clientId ?? `private:${token}`;
  };
  const auth = { oauth, privateAppTokens: checked.privateAppTokens, ledger, now: () => now().getTime(), open: [] };
  vendor.app.use('/crm/*', apiAuth(auth));
  vendor.app.use('/crm/*', scopeCheck(oauth));
  vendor.app.use(
    '/crm/*',
    hubspotLimits(() => limits.on, callerOf, limits.hits),
  );
  return { vendor, oauth, ledger, limits };
}
