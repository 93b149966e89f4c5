import type { Store } from './store.js';
import type { DailyRow, SimAccount, SimCampaign } from './types.js';

/**
 * What Google holds right now, for assertions: compare what a sync stored
 * with these. Accounts are named by key (`'tokyo'`) or id.
 */
export interface GoogleAdsData {
  accounts(): readonly SimAccount[];
  account(customer: string): SimAccount;
  /** The 10-digit id of an account key. */
  customerId(key: string): string;
  campaigns(customer: string): readonly SimCampaign[];
  /** The account's today in its time zone, at simulator time. */
  today(customer: string): string;
  /** The rows the API reports now between two dates (account time, inclusive); all-zero days are left out. */
  rows(customer: string, from: string, to: string): DailyRow[];
  /** Simulator time. */
  now(): Date;
}

/**
 * @example
 * const data = createData(store);
 * data.rows('tokyo', '2026-10-01', '2026-10-07').length
 */
export function createData(store: Store): GoogleAdsData {
  return {
    accounts: () => store.accounts,
    account: (customer) => store.resolve(customer),
    customerId: (key) => store.resolve(key).id,
    campaigns: (customer) => store.resolve(customer).campaigns,
    today: (customer) => store.today(store.resolve(customer)),
    rows: (customer, from, to) => store.rows(store.resolve(customer), from, to),
    now: () => store.clock.now(),
  };
}
