import { hashSeed } from '@tributary/sandbox';
import { generateCampaign } from './campaigns.js';
import type { SimClock } from './clock.js';
import type { GoogleAdsAccountSpec, SimAccount } from './types.js';

/**
 * The default login's world: two accounts reached directly (USD in New
 * York, EUR in Berlin), a manager in Los Angeles with three clients (JPY in
 * Tokyo, KWD in Kuwait with three-decimal fils, and a cancelled one), and a
 * cancelled account of its own.
 *
 * @example
 * createGoogleAdsSimulator({ accounts: [...DEFAULT_ACCOUNTS, { key: 'uk', name: 'UK', currency: 'GBP', timeZone: 'Europe/London' }] });
 */
export const DEFAULT_ACCOUNTS: readonly GoogleAdsAccountSpec[] = [
  { key: 'us', name: 'Northwind Outfitters US', currency: 'USD', timeZone: 'America/New_York' },
  { key: 'eu', name: 'Northwind Outfitters EU', currency: 'EUR', timeZone: 'Europe/Berlin' },
  { key: 'mcc', name: 'Meridian Agency MCC', currency: 'USD', timeZone: 'America/Los_Angeles', manager: true },
  { key: 'tokyo', name: 'Sakura Goods Tokyo', currency: 'JPY', timeZone: 'Asia/Tokyo', parent: 'mcc' },
  { key: 'kuwait', name: 'Gulf Traders', currency: 'KWD', timeZone: 'Asia/Kuwait', parent: 'mcc' },
  { key: 'legacy', name: 'Legacy Store', currency: 'USD', timeZone: 'America/Chicago', parent: 'mcc', status: 'CANCELED' },
  { key: 'closed', name: 'Old Test Account', currency: 'GBP', timeZone: 'Europe/London', status: 'CANCELED' },
];

export interface WorldOptions {
  seed: number;
  accounts: readonly GoogleAdsAccountSpec[];
  campaignsPerAccount: number;
  historyDays: number;
  clock: SimClock;
}

function accountId(seed: number, key: string, taken: Set<string>): string {
  for (let salt = 0; ; salt++) {
    const id = String(1_000_000_000 + (hashSeed(seed, 'customer', key, salt) % 8_999_999_999));
    if (!taken.has(id)) return id;
  }
}

/**
 * Accounts with their campaigns, from specs and the seed.
 *
 * @example
 * const accounts = buildAccounts({ seed: 1, accounts: DEFAULT_ACCOUNTS, campaignsPerAccount: 8, historyDays: 400, clock });
 * accounts.find((a) => a.key === 'tokyo')?.parentId // the manager's id
 */
export function buildAccounts(options: WorldOptions): SimAccount[] {
  const taken = new Set<string>();
  const ids = new Map<string, string>();
  for (const spec of options.accounts) {
    const id = spec.id ?? accountId(options.seed, spec.key, taken);
    taken.add(id);
    ids.set(spec.key, id);
  }
  return options.accounts.map((spec) => {
    const id = ids.get(spec.key) ?? '';
    const manager = spec.manager ?? false;
    const count = manager ? 0 : (spec.campaigns ?? options.campaignsPerAccount);
    const context = {
      seed: options.seed,
      customerId: id,
      currency: spec.currency,
      today: options.clock.today(spec.timeZone),
      historyDays: options.historyDays,
    };
    return {
      key: spec.key,
      id,
      name: spec.name,
      currency: spec.currency,
      timeZone: spec.timeZone,
      manager,
      status: spec.status ?? 'ENABLED',
      parentId: spec.parent ? (ids.get(spec.parent) ?? null) : null,
      testAccount: false,
      campaigns: Array.from({ length: count }, (_, i) => generateCampaign(context, i)),
    };
  });
}
