import { createRng, hashSeed, type Rng } from '@tributary/sandbox';
import { generateCampaign } from './campaigns.js';
import { addDays } from './clock.js';
import type { Adjustment } from './metrics.js';
import { rowKey, type Store } from './store.js';
import type { DailyRow } from './types.js';

export interface RestateOptions {
  /** Account key or id. */
  customer: string;
  /** Rows to change, picked among the account's rows of the last `withinDays` days. */
  count: number;
  /** Default 7 (late conversions land within days; up to 90 with long lookback windows). */
  withinDays?: number;
  /**
   * `conversions`: late conversions arrive (default); `retractions`: conversion adjustments retract more
   * conversions than the day now shows, so its conversions drop below zero; `invalid_clicks`: Google credits
   * invalid clicks (fewer clicks, lower cost); `all_invalid`: the whole day's traffic was invalid and refunded,
   * every metric is zero, and Google leaves the row out from now on.
   */
  kind?: 'conversions' | 'retractions' | 'invalid_clicks' | 'all_invalid';
}

/** Vendor-side changes a test makes; each returns what changed. */
export interface GoogleAdsControls {
  /** Move simulator time: recent days gain late conversions, today's partial day completes, a new day starts. */
  advanceDays(days: number): void;
  advanceHours(hours: number): void;
  /** Restate `count` existing recent rows; returns their keys `customerId:campaignId:date`. */
  restate(options: RestateOptions): string[];
  /**
   * Restate one reported campaign-day to all zero (its whole traffic found invalid and refunded): Google leaves the
   * row out from now on. Returns its key `customerId:campaignId:date`; throws when the day has no row to restate.
   */
  invalidateDay(customer: string, campaignId: string, date: string): string;
  /**
   * Restate one reported campaign-day to these values from now on, such as conversions retracted below zero
   * (`{ conversions: -1.5 }`). Returns its key; throws when the day has no row to restate.
   */
  restateDay(customer: string, campaignId: string, date: string, values: Adjustment): string;
  /** A new campaign that starts serving today (account time); returns its id. */
  addCampaign(customer: string, name?: string): string;
}

function pick<T>(items: readonly T[], count: number, rng: Rng): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, count);
}

const ALL_ZERO: Adjustment = { impressions: 0, clicks: 0, costMicros: 0, conversions: 0 };

function change(row: DailyRow, kind: RestateOptions['kind'], rng: Rng): Adjustment {
  if (kind === 'retractions') return { conversions: -(row.conversions + rng.int(1, 4) * 0.5) };
  if (kind === 'invalid_clicks' && row.clicks > 0) {
    const clicks = Math.min(row.clicks, rng.int(1, 3));
    return { clicks: -clicks, costMicros: -Math.round((row.costMicros * clicks) / row.clicks) };
  }
  return { conversions: rng.int(1, 6) * 0.5 };
}

function merge(a: Adjustment | undefined, b: Adjustment): Adjustment {
  const out: Adjustment = { ...a };
  for (const [k, v] of Object.entries(b) as Array<[keyof Adjustment, number]>) out[k] = (out[k] ?? 0) + v;
  return out;
}

function restateDay(store: Store, customer: string, campaignId: string, date: string, values: Adjustment): string {
  const account = store.resolve(customer);
  if (!store.rows(account, date, date).some((r) => r.campaignId === campaignId)) {
    throw new RangeError(`${account.name} reports no row for campaign ${campaignId} on ${date}`);
  }
  const key = rowKey(account.id, campaignId, date);
  store.restated.set(key, { ...store.restated.get(key), ...values });
  return key;
}

/**
 * @example
 * const controls = createControls(store, seed);
 * controls.restate({ customer: 'us', count: 5 }); // five rows of the last week gain conversions
 * controls.invalidateDay('us', campaignId, '2026-10-10'); // that day's row is gone from every response
 * controls.restateDay('us', campaignId, '2026-10-11', { conversions: -1.5 }); // conversions retracted below zero
 */
export function createControls(store: Store, seed: number, historyDays: number): GoogleAdsControls {
  let changes = 0;
  return {
    advanceDays: (days) => store.clock.advance(days * 86_400_000),
    advanceHours: (hours) => store.clock.advance(hours * 3_600_000),
    restate({ customer, count, withinDays = 7, kind = 'conversions' }) {
      const account = store.resolve(customer);
      const today = store.today(account);
      const rows = store.rows(account, addDays(today, 1 - withinDays), today);
      if (rows.length < count) throw new RangeError(`Only ${rows.length} rows of ${account.name} in the last ${withinDays} days`);
      const rng = createRng(hashSeed(seed, 'restate', changes++));
      return pick(rows, count, rng).map((row) => {
        const key = rowKey(row.customerId, row.campaignId, row.date);
        if (kind === 'all_invalid') store.restated.set(key, ALL_ZERO);
        else store.adjustments.set(key, merge(store.adjustments.get(key), change(row, kind, rng)));
        return key;
      });
    },
    invalidateDay: (customer, campaignId, date) => restateDay(store, customer, campaignId, date, ALL_ZERO),
    restateDay: (customer, campaignId, date, values) => restateDay(store, customer, campaignId, date, values),
    addCampaign(customer, name) {
      const account = store.resolve(customer);
      const today = store.today(account);
      const context = { seed: hashSeed(seed, 'added'), customerId: account.id, currency: account.currency, today, historyDays };
      const base = generateCampaign(context, account.campaigns.length);
      const campaign = { ...base, name: name ?? `New - ${base.name}`, status: 'ENABLED' as const, start: today, end: null };
      account.campaigns.push(campaign);
      return campaign.id;
    },
  };
}
