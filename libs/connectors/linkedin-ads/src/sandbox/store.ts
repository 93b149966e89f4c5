import { addDays, daysBetween, todayIn } from '@tributary/core';
import type { VendorClock } from '@tributary/sandbox';
import { dayValues, type Correction, type DayValues, type SimAccount } from './world.js';

export interface DailyRow extends DayValues {
  accountId: number;
  campaignId: number;
  campaignName: string;
  date: string;
}

/** The vendor's state: accounts, campaigns, corrections, the clock (days are UTC days). */
export interface Store {
  readonly accounts: SimAccount[];
  readonly clock: VendorClock;
  readonly corrections: Map<string, Correction>;
  readonly restated: Map<string, Correction>;
  resolve(key: string): SimAccount;
  byId(id: number): SimAccount | undefined;
  today(): string;
  rows(account: SimAccount, from: string, to: string): DailyRow[];
}

/** `accountId:campaignId:date`, the key the connector stores as externalId. */
export const rowKey = (accountId: number | string, campaignId: number | string, date: string): string =>
  `${accountId}:${campaignId}:${date}`;

/** @example createStore(accounts, clock, 7).rows(accounts[0], '2026-10-01', '2026-10-07') */
export function createStore(accounts: SimAccount[], clock: VendorClock, lagDays: number): Store {
  const today = () => todayIn('UTC', clock.now());
  const corrections = new Map<string, Correction>();
  const restated = new Map<string, Correction>();
  return {
    accounts,
    clock,
    corrections,
    restated,
    resolve(key) {
      const account = accounts.find((a) => a.key === key || String(a.id) === key);
      if (!account) throw new RangeError(`No simulated LinkedIn ad account "${key}"`);
      return account;
    },
    byId: (id) => accounts.find((a) => a.id === id),
    today,
    rows(account, from, to) {
      const now = clock.now();
      const fraction = (now.getTime() % 86_400_000) / 86_400_000;
      const out: DailyRow[] = [];
      const last = today();
      for (let date = from; date <= to && date <= last; date = addDays(date, 1)) {
        for (const c of account.campaigns) {
          if (date < c.start || (c.end !== null && date > c.end)) continue;
          const key = rowKey(account.id, c.id, date);
          const v = dayValues(c, date, daysBetween(date, last), fraction, lagDays, corrections.get(key), restated.get(key));
          if (v) out.push({ accountId: account.id, campaignId: c.id, campaignName: c.name, date, ...v });
        }
      }
      return out;
    },
  };
}
