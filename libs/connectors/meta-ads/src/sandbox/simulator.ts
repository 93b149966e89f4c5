import { todayIn } from '@tributary/core';
import {
  createVendorApp,
  createVendorClock,
  type FaultInjector,
  type RequestLog,
  type RunningServer,
  type ServeOptions,
  type SimulatedClient,
  type VendorConditions,
} from '@tributary/sandbox';
import type { Hono } from 'hono';
import { graphAccess } from './access.js';
import { metaConditions } from './conditions.js';
import { createControls, type MetaAdsControls } from './controls.js';
import { answer, statusBody } from './graph-errors.js';
import { DEFAULT_META_CLIENT, mountMetaOAuth, type MetaOAuth } from './oauth.js';
import { mountGraph } from './routes.js';
import { createStore, type DailyRow, type Store } from './store.js';
import { buildAccounts, DEFAULT_META_ACCOUNTS, type MetaAccountSpec, type SimAccount } from './world.js';

/** Graph versions the simulator serves (v25.0 stays available until 2028-07-29). */
export const META_SIMULATOR_VERSIONS = ['v25.0', 'v26.0'] as const;

export interface MetaAdsSimulatorOptions {
  /** Seeds ids, campaigns and every daily number (default 1). */
  seed?: number;
  accounts?: readonly MetaAccountSpec[];
  /** Campaigns per account unless its spec says (default 8). */
  campaignsPerAccount?: number;
  /** Days until a day's leads and purchases are final (default 7). */
  lagDays?: number;
  /** A live clock. Default: frozen at creation, moved by `advanceDays` / `advanceHours`. */
  now?: () => Date;
  clients?: SimulatedClient[];
  /** Sign OAuth tokens so a restarted sandbox still accepts them. */
  oauthTokenSecret?: string;
  /** Rows above which the synchronous insights call answers 100/1487534 "too much data" (default 50,000). */
  syncRowLimit?: number;
  /** Status polls before an async report run completes (default 2). */
  asyncPolls?: number;
  /** Where the simulator is reached from outside (a gateway mount), for Graph's absolute next-page links. */
  publicUrl?: string;
}

/** What the vendor holds now, for assertions (accounts by key or id). */
export interface MetaAdsData {
  accounts(): readonly SimAccount[];
  account(key: string): SimAccount;
  /** Rows the insights API reports now between two dates (account time, inclusive). */
  rows(key: string, from: string, to: string): DailyRow[];
  today(key: string): string;
  now(): Date;
}

export interface MetaAdsSimulator extends MetaAdsControls {
  /** The fake Graph API with Meta's login; `app.request()` in-process or `start()` for real HTTP. */
  app: Hono;
  faults: FaultInjector;
  requests: RequestLog;
  /** Latency, bandwidth and Meta's per-account throttling (`perSecond`, `burst`) while the simulator runs. */
  setConditions(conditions: VendorConditions): void;
  meta: MetaOAuth;
  data: MetaAdsData;
  /** `act_<n>` of an account key. */
  accountId(key: string): string;
  store: Store;
  start(options?: ServeOptions): Promise<RunningServer>;
}

function dataOf(store: Store): MetaAdsData {
  return {
    accounts: () => store.accounts,
    account: (key) => store.resolve(key),
    rows: (key, from, to) => store.rows(store.resolve(key), from, to),
    today: (key) => store.today(store.resolve(key)),
    now: () => store.clock.now(),
  };
}

/**
 * A fake Meta Marketing API (Graph v25.0 and v26.0) with Meta's login, on the sandbox kit:
 * - Login dialog with a consent screen, code exchange (GET or POST), short-lived tokens and the
 *   `fb_exchange_token` exchange for ~60-day ones; no refresh tokens; `DELETE /me/permissions`.
 * - `/me/adaccounts`, `/act_{id}`, `/act_{id}/insights` (level=campaign, time_increment=1, a
 *   time_range, fields checked against the AdsInsights node) with Graph paging (`paging.next`,
 *   short pages before the end), the refusal of too much data (100/1487534) and the async report run.
 * - Days in each account's time zone, today partial, no rows without delivery, leads attributed
 *   late (recent days restated as time passes), controls for restatements and new campaigns.
 * - Graph error envelopes (190, 100/33, 2601, 80000 throttling with usage headers).
 *
 * @example
 * const sim = createMetaAdsSimulator({ seed: 7 });
 * const { access_token } = await sim.meta.authorize();
 * await sim.app.request(`/v26.0/${sim.accountId('us')}/insights?level=campaign&...`, { headers: { Authorization: `Bearer ${access_token}` } });
 */
export function createMetaAdsSimulator(options: MetaAdsSimulatorOptions = {}): MetaAdsSimulator {
  const seed = options.seed ?? 1;
  const frozen = new Date();
  const clock = createVendorClock({ now: options.now ?? (() => frozen) });
  const accounts = buildAccounts(options.accounts ?? DEFAULT_META_ACCOUNTS, seed, options.campaignsPerAccount ?? 8, (tz) =>
    todayIn(tz, clock.now()),
  );
  const store = createStore(accounts, clock, options.lagDays ?? 7);
  const vendor = createVendorApp({ faults: { statusBody }, seed });
  vendor.app.onError(answer);
  const clients = options.clients ?? [{ ...DEFAULT_META_CLIENT, redirectUris: [...DEFAULT_META_CLIENT.redirectUris] }];
  const meta = mountMetaOAuth(vendor.app, META_SIMULATOR_VERSIONS, clients, options.now && clock.now, options.oauthTokenSecret);
  const open = (path: string) => /\/(dialog\/oauth|oauth\/access_token)/.test(path);
  vendor.app.use('*', graphAccess(meta.oauth, open));
  let runs = 0;
  const deps = {
    store,
    oauth: meta.oauth,
    syncRowLimit: options.syncRowLimit ?? 50_000,
    asyncPolls: options.asyncPolls ?? 2,
    nextRunId: () => String(6_000_000_000_000_000 + seed * 1_000 + ++runs),
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
  };
  for (const version of META_SIMULATOR_VERSIONS) mountGraph(vendor.app, version, deps);
  return {
    app: vendor.app,
    faults: vendor.faults,
    requests: vendor.requests,
    setConditions: (conditions) => vendor.setConditions(metaConditions(conditions)),
    meta,
    data: dataOf(store),
    accountId: (key) => store.resolve(key).id,
    store,
    start: vendor.start,
    ...createControls(store, seed),
  };
}
