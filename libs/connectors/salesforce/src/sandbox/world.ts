import { deriveSeed } from '@tributary/sandbox';
import { createClock, DAY_MS, type Clock } from './clock.js';
import { salesforceIdCodec, type SalesforceIdCodec } from './ids.js';
import { OBJECT_NAMES, type ObjectName } from './types.js';

/** Record counts per object (contact roles follow: two per opportunity). */
export interface WorldSizes {
  accounts: number;
  contacts: number;
  leads: number;
  opportunities: number;
  tasks: number;
  events: number;
}

/** Key prefixes (the first three characters of every id). */
export const KEY_PREFIXES: Readonly<Record<ObjectName, string>> = {
  Account: '001',
  Contact: '003',
  Lead: '00Q',
  Opportunity: '006',
  OpportunityContactRole: '00K',
  Task: '00T',
  Event: '00U',
};

/** Everything generators share: seeds, sizes, ids, time and the org's currencies. One per simulator. */
export interface World {
  readonly seed: number;
  readonly sizes: WorldSizes & { roles: number };
  readonly seeds: Readonly<Record<ObjectName, number>>;
  readonly ids: Readonly<Record<ObjectName, SalesforceIdCodec>>;
  readonly orgId: string;
  readonly userIds: readonly string[];
  /** Query locators (`01g...`). */
  readonly locators: SalesforceIdCodec;
  readonly clock: Clock;
  /** Generated records were created within `[start, end]` (ms); activities within the last year of it. */
  readonly history: { start: number; end: number; activityStart: number };
  readonly multiCurrency: boolean;
  /** The corporate currency (the only one in a single-currency org). */
  readonly currency: string;
}

export interface WorldOptions {
  seed: number;
  sizes: WorldSizes;
  now: () => Date;
  multiCurrency: boolean;
  currency: string;
}

/**
 * @example
 * const world = createWorld({ seed: 1, sizes, now: () => new Date(), multiCurrency: true, currency: 'USD' });
 * world.ids.Account.encode(0) // '001...' (18 characters)
 */
export function createWorld(options: WorldOptions): World {
  const { seed } = options;
  const clock = createClock(options.now);
  const users = salesforceIdCodec('005', seed);
  return {
    seed,
    sizes: { ...options.sizes, roles: options.sizes.opportunities * 2 },
    seeds: Object.fromEntries(OBJECT_NAMES.map((name) => [name, deriveSeed(seed, name)])) as Record<ObjectName, number>,
    ids: Object.fromEntries(OBJECT_NAMES.map((name) => [name, salesforceIdCodec(KEY_PREFIXES[name], seed)])) as Record<
      ObjectName,
      SalesforceIdCodec
    >,
    orgId: salesforceIdCodec('00D', seed).encode(0),
    userIds: [0, 1, 2, 3, 4].map((i) => users.encode(i)),
    locators: salesforceIdCodec('01g', seed),
    clock,
    history: { start: clock.anchor - 730 * DAY_MS, end: clock.anchor - 3_600_000, activityStart: clock.anchor - 365 * DAY_MS },
    multiCurrency: options.multiCurrency,
    currency: options.currency,
  };
}
