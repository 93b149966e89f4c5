import { addDays, todayIn } from '@tributary/core';
import type { VendorClock } from '@tributary/sandbox';
import { dayValues, type Correction, type DayValues } from './days.js';
import type { SimAccount } from './world.js';

/** One campaign-day the API reports now. */
export interface DailyRow extends DayValues {
  accountId: string;
  campaignId: string;
  campaignName: string;
  date: string;
}

/** A restatement that lands once the vendor clock reaches `at` (the sandbox's "restated day"). */
export interface ScheduledRestatement {
  key: string;
  at: number;
  values: Correction;
}

/** An async report run: what it covers and how often it was polled. */
export interface ReportRun {
  id: string;
  accountId: string;
  from: string;
  to: string;
  fields: string[];
  polls: number;
}

/** The vendor's state: ad accounts and campaigns, corrections, report runs, the clock. One per simulator. */
export interface Store {
  readonly accounts: SimAccount[];
  readonly clock: VendorClock;
  readonly lagDays: number;
  /** Additive corrections by `accountId:campaignId:date` (late leads, refunded spend). */
  readonly corrections: Map<string, Correction>;
  /** Values that replace a day's from now on. */
  readonly restated: Map<string, Correction>;
  readonly scheduled: ScheduledRestatement[];
  readonly runs: Map<string, ReportRun>;
  resolve(account: string): SimAccount;
  byId(id: string): SimAccount | undefined;
  today(account: SimAccount): string;
  rows(account: SimAccount, from: string, to: string): DailyRow[];
}

/** `accountId:campaignId:date`, the key the connector stores as externalId. */
export const rowKey = (accountId: string, campaignId: string, date: string): string => `${accountId}:${campaignId}:${date}`;

function fractionOfDay(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return (get('hour') * 60 + get('minute')) / 1440;
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * @example
 * const store = createStore(accounts, createVendorClock(), 7);
 * store.rows(store.resolve('us'), '2026-10-01', '2026-10-07');
 */
export function createStore(accounts: SimAccount[], clock: VendorClock, lagDays: number): Store {
  const store: Store = {
    accounts,
    clock,
    lagDays,
    corrections: new Map(),
    restated: new Map(),
    scheduled: [],
    runs: new Map(),
    resolve(key) {
      const account = accounts.find((a) => a.key === key || a.id === key);
      if (!account) throw new RangeError(`No simulated Meta ad account "${key}"`);
      return account;
    },
    byId: (id) => accounts.find((a) => a.id === id),
    today: (account) => todayIn(account.timeZone, clock.now()),
    rows(account, from, to) {
      const now = clock.now();
      for (const s of store.scheduled.filter((x) => x.at <= now.getTime())) {
        store.restated.set(s.key, { ...store.restated.get(s.key), ...s.values });
        store.scheduled.splice(store.scheduled.indexOf(s), 1);
      }
      const today = store.today(account);
      const fraction = fractionOfDay(account.timeZone, now);
      const out: DailyRow[] = [];
      for (let date = from; date <= to && date <= today; date = addDays(date, 1)) {
        for (const c of account.campaigns) {
          if (date < c.start || (c.end !== null && date > c.end)) continue;
          const key = rowKey(account.id, c.id, date);
          const v = dayValues(c, date, daysBetween(date, today), fraction, lagDays, store.corrections.get(key), store.restated.get(key));
          if (v) out.push({ accountId: account.id, campaignId: c.id, campaignName: c.name, date, ...v });
        }
      }
      return out;
    },
  };
  return store;
}
