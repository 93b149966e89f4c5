import { createIdCodec, type IdCodec } from '@tributary/sandbox';
import { datesBetween, daysBetween, type SimClock } from './clock.js';
import { dayValues, type Adjustment } from './metrics.js';
import type { DailyRow, SimAccount, SimCampaign } from './types.js';

/** The vendor's state: accounts and campaigns, corrections, the clock. One per simulator. */
export interface Store {
  readonly accounts: SimAccount[];
  readonly clock: SimClock;
  readonly lagDays: number;
  /** Corrections by `customerId:campaignId:date`. */
  readonly adjustments: Map<string, Adjustment>;
  /**
   * Days (`customerId:campaignId:date`) Google restated to fixed values: conversions retracted (below zero, even),
   * or the whole traffic found invalid (every metric zero, so no row).
   */
  readonly restated: Map<string, Adjustment>;
  byId(id: string): SimAccount | undefined;
  /** An account by key or id; throws for neither (a test mistake). */
  resolve(customer: string): SimAccount;
  /** The account's today (its time zone, simulator time). */
  today(account: SimAccount): string;
  /** What the API reports now for the account's campaigns between two dates (all-zero days left out). */
  rows(account: SimAccount, from: string, to: string): DailyRow[];
  /** A fresh Google-style request id. */
  nextRequestId(): string;
}

/**
 * A row's key, the same triple the connector stores as `externalId`.
 *
 * @example
 * rowKey('1234567890', '21234567890', '2026-10-14') // '1234567890:21234567890:2026-10-14'
 */
export const rowKey = (customerId: string, campaignId: string, date: string): string => `${customerId}:${campaignId}:${date}`;

function campaignRows(store: Store, account: SimAccount, campaign: SimCampaign, from: string, to: string): DailyRow[] {
  const today = store.today(account);
  const last = [to, today, campaign.end ?? today].sort()[0] ?? to;
  const first = from > campaign.start ? from : campaign.start;
  const out: DailyRow[] = [];
  const fraction = store.clock.dayFraction(account.timeZone);
  for (const date of datesBetween(first, last)) {
    const key = rowKey(account.id, campaign.id, date);
    const values = dayValues(
      campaign,
      date,
      daysBetween(date, today),
      fraction,
      store.lagDays,
      store.adjustments.get(key),
      store.restated.get(key),
    );
    if (values) out.push({ customerId: account.id, campaignId: campaign.id, campaignName: campaign.name, date, ...values });
  }
  return out;
}

/**
 * @example
 * const store = createStore(accounts, clock, { seed: 1, lagDays: 7 });
 * store.rows(store.resolve('us'), '2026-10-01', '2026-10-07');
 */
export function createStore(accounts: SimAccount[], clock: SimClock, options: { seed: number; lagDays: number }): Store {
  const requestIds: IdCodec = createIdCodec({ prefix: '', seed: options.seed, length: 22 });
  let requests = 0;
  const store: Store = {
    accounts,
    clock,
    lagDays: options.lagDays,
    adjustments: new Map(),
    restated: new Map(),
    byId: (id) => accounts.find((a) => a.id === id),
    resolve(customer) {
      const account = accounts.find((a) => a.key === customer || a.id === customer);
      if (!account) throw new RangeError(`No simulated Google Ads account "${customer}"`);
      return account;
    },
    today: (account) => clock.today(account.timeZone),
    rows: (account, from, to) => account.campaigns.flatMap((c) => campaignRows(store, account, c, from, to)),
    nextRequestId: () => requestIds.encode(requests++),
  };
  return store;
}
