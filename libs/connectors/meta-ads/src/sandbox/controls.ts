import { addDays } from '@tributary/core';
import { createRng, hashSeed } from '@tributary/sandbox';
import type { Correction } from './days.js';
import { rowKey, type Store } from './store.js';
import { newCampaign } from './world.js';

/** Vendor-side changes a test makes; each returns what changed. */
export interface MetaAdsControls {
  /** Move vendor time: recent days gain late leads, today completes, a new day starts. */
  advanceDays(days: number): void;
  advanceHours(hours: number): void;
  /** Late conversions land on `count` rows of the last `withinDays` days (default 7); returns their keys. */
  restate(options: { account: string; count: number; withinDays?: number }): string[];
  /** Restate one reported campaign-day to these values from now on (a refund lowers spend); returns its key. */
  restateDay(account: string, campaignId: string, date: string, values: Correction): string;
  /** The day had no valid delivery after all: Meta leaves the row out from now on. */
  invalidateDay(account: string, campaignId: string, date: string): string;
  /** Restate a day once vendor time has moved `afterMs` on (the sandbox's scheduled restated day). */
  scheduleRestatement(account: string, campaignId: string, date: string, afterMs: number, values: Correction): string;
  /** A campaign delivering from today (account time); returns its id. */
  addCampaign(account: string, name?: string): string;
}

/** @example const controls = createControls(store, 7); controls.restate({ account: 'us', count: 5 }); */
export function createControls(store: Store, seed: number): MetaAdsControls {
  let changes = 0;
  const existing = (account: string, campaignId: string, date: string) => {
    const a = store.resolve(account);
    if (!store.rows(a, date, date).some((r) => r.campaignId === campaignId)) {
      throw new RangeError(`${a.name} reports no row for campaign ${campaignId} on ${date}`);
    }
    return rowKey(a.id, campaignId, date);
  };
  const restateDay = (account: string, campaignId: string, date: string, values: Correction) => {
    const key = existing(account, campaignId, date);
    store.restated.set(key, { ...store.restated.get(key), ...values });
    return key;
  };
  return {
    advanceDays: (days) => store.clock.advance(days * 86_400_000),
    advanceHours: (hours) => store.clock.advance(hours * 3_600_000),
    restate({ account, count, withinDays = 7 }) {
      const a = store.resolve(account);
      const today = store.today(a);
      const rows = store.rows(a, addDays(today, 1 - withinDays), today);
      if (rows.length < count) throw new RangeError(`Only ${rows.length} rows of ${a.name} in the last ${withinDays} days`);
      const rng = createRng(hashSeed(seed, 'restate', changes++));
      const picked = [...rows].sort(() => rng.next() - 0.5).slice(0, count);
      return picked.map((row) => {
        const key = rowKey(row.accountId, row.campaignId, row.date);
        const before = store.corrections.get(key);
        store.corrections.set(key, { ...before, leads: (before?.leads ?? 0) + rng.int(1, 3), purchases: (before?.purchases ?? 0) + 1 });
        return key;
      });
    },
    restateDay,
    invalidateDay: (account, campaignId, date) => restateDay(account, campaignId, date, { impressions: 0, spendMinor: 0 }),
    scheduleRestatement(account, campaignId, date, afterMs, values) {
      const key = existing(account, campaignId, date);
      store.scheduled.push({ key, at: store.clock.now().getTime() + afterMs, values });
      return key;
    },
    addCampaign(account, name) {
      const a = store.resolve(account);
      const campaign = newCampaign(seed, a, store.today(a), name);
      a.campaigns.push(campaign);
      return campaign.id;
    },
  };
}
