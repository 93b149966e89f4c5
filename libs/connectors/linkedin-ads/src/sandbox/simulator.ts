import { addDays, todayIn } from '@tributary/core';
import {
  createRng,
  createVendorApp,
  createVendorClock,
  hashSeed,
  type FaultInjector,
  type RequestLog,
  type RunningServer,
  type ServeOptions,
  type SimulatedClient,
  type VendorConditions,
} from '@tributary/sandbox';
import type { Hono } from 'hono';
import { linkedinAccess } from './access.js';
import { answer, statusBody } from './errors.js';
import { DEFAULT_LINKEDIN_CLIENT, mountLinkedInOAuth, type LinkedInOAuth } from './oauth.js';
import { mountRest } from './routes.js';
import { createStore, rowKey, type DailyRow, type Store } from './store.js';
import {
  buildAccounts,
  DEFAULT_LINKEDIN_ACCOUNTS,
  newCampaign,
  type Correction,
  type LinkedInAccountSpec,
  type SimAccount,
} from './world.js';

export interface LinkedInAdsSimulatorOptions {
  seed?: number;
  accounts?: readonly LinkedInAccountSpec[];
  /** Campaigns per account unless its spec says (default 6). */
  campaignsPerAccount?: number;
  /** Days until a day's leads and conversions are final (default 7). */
  lagDays?: number;
  /** A live clock. Default: frozen at creation, moved by `advanceDays`. */
  now?: () => Date;
  clients?: SimulatedClient[];
  oauthTokenSecret?: string;
  /** adAnalytics' silent element cap (LinkedIn: 15,000); tests lower it. */
  elementCap?: number;
}

export interface LinkedInAdsSimulator {
  /** The fake Marketing API with LinkedIn's OAuth; `app.request()` in-process or `start()` for real HTTP. */
  app: Hono;
  faults: FaultInjector;
  requests: RequestLog;
  /** Latency and LinkedIn's limit (`perSecond`, `burst`): over it, 429 until the bucket refills. */
  setConditions(conditions: VendorConditions): void;
  linkedin: LinkedInOAuth;
  store: Store;
  /** The numeric id of an account key (as a string, as settings hold it). */
  accountId(key: string): string;
  account(key: string): SimAccount;
  /** Rows LinkedIn reports now between two UTC days (inclusive). */
  rows(key: string, from: string, to: string): DailyRow[];
  today(): string;
  advanceDays(days: number): void;
  /** Late leads and conversions land on `count` rows of the last `withinDays` days (default 7); returns their keys. */
  restate(options: { account: string; count: number; withinDays?: number }): string[];
  /** Restate one reported campaign-day to these values from now on; `{ impressions: 0, costMinor: 0 }` removes it. */
  restateDay(account: string, campaignId: number | string, date: string, values: Correction): string;
  /** A campaign active from today; returns its id. */
  addCampaign(account: string, name?: string): string;
  start(options?: ServeOptions): Promise<RunningServer>;
}

/**
 * A fake LinkedIn Marketing API on the sandbox kit: OAuth with a consent
 * screen and refresh tokens; `LinkedIn-Version` and Rest.li 2.0 required;
 * `adAccounts` (search with pageToken paging, get), `adCampaigns` (search),
 * `adAnalytics` (analytics finder, pivot CAMPAIGN, DAILY, Rest.li dateRange,
 * URL-encoded URNs in `List()`, at most 20 fields, no pagination and a silent
 * element cap); UTC days, no element without activity; LinkedIn's error body.
 *
 * @example
 * const sim = createLinkedInAdsSimulator({ seed: 7 });
 * const { access_token } = await sim.linkedin.authorize();
 */
export function createLinkedInAdsSimulator(options: LinkedInAdsSimulatorOptions = {}): LinkedInAdsSimulator {
  const seed = options.seed ?? 1;
  const frozen = new Date();
  const clock = createVendorClock({ now: options.now ?? (() => frozen) });
  const accounts = buildAccounts(
    options.accounts ?? DEFAULT_LINKEDIN_ACCOUNTS,
    seed,
    options.campaignsPerAccount ?? 6,
    todayIn('UTC', clock.now()),
  );
  const store = createStore(accounts, clock, options.lagDays ?? 7);
  const vendor = createVendorApp({ faults: { statusBody }, seed });
  vendor.app.onError(answer);
  const clients = options.clients ?? [{ ...DEFAULT_LINKEDIN_CLIENT, redirectUris: [...DEFAULT_LINKEDIN_CLIENT.redirectUris] }];
  const linkedin = mountLinkedInOAuth(vendor.app, clients, options.now && clock.now, options.oauthTokenSecret);
  vendor.app.use('*', linkedinAccess(linkedin.oauth));
  mountRest(vendor.app, { store, elementCap: options.elementCap ?? 15_000 });
  let changes = 0;
  const restateDay = (key: string, campaignId: number | string, date: string, values: Correction) => {
    const a = store.resolve(key);
    if (!store.rows(a, date, date).some((r) => r.campaignId === Number(campaignId)))
      throw new RangeError(`${a.name} has no row for ${campaignId} on ${date}`);
    const k = rowKey(a.id, campaignId, date);
    store.restated.set(k, { ...store.restated.get(k), ...values });
    return k;
  };
  return {
    app: vendor.app,
    faults: vendor.faults,
    requests: vendor.requests,
    setConditions: (conditions) =>
      vendor.setConditions({
        callerOf: (c) => (c.req.path.startsWith('/rest/') ? (c.req.header('authorization') ?? '') : undefined),
        limited: () => ({ status: 429, body: statusBody(429) }),
        ...conditions,
      }),
    linkedin,
    store,
    accountId: (key) => String(store.resolve(key).id),
    account: (key) => store.resolve(key),
    rows: (key, from, to) => store.rows(store.resolve(key), from, to),
    today: () => store.today(),
    advanceDays: (days) => clock.advance(days * 86_400_000),
    restate({ account, count, withinDays = 7 }) {
      const a = store.resolve(account);
      const rows = store.rows(a, addDays(store.today(), 1 - withinDays), store.today());
      if (rows.length < count) throw new RangeError(`Only ${rows.length} rows of ${a.name} in the last ${withinDays} days`);
      const rng = createRng(hashSeed(seed, 'restate', changes++));
      return [...rows]
        .sort(() => rng.next() - 0.5)
        .slice(0, count)
        .map((row) => {
          const k = rowKey(row.accountId, row.campaignId, row.date);
          const before = store.corrections.get(k);
          store.corrections.set(k, { ...before, leads: (before?.leads ?? 0) + rng.int(1, 3), conversions: (before?.conversions ?? 0) + 1 });
          return k;
        });
    },
    restateDay,
    addCampaign(account, name) {
      const a = store.resolve(account);
      const c = newCampaign(seed, a, store.today(), name);
      a.campaigns.push(c);
      return String(c.id);
    },
    start: vendor.start,
  };
}
