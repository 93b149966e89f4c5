import { addDays } from '@tributary/core';
import { hashSeed, rngFor } from '@tributary/sandbox';

/** An ad account as a test describes it. */
export interface MetaAccountSpec {
  /** A handle for tests (`sim.accountId('us')`). */
  key: string;
  name: string;
  /** ISO 4217; fixed at creation. */
  currency: string;
  /** IANA time zone (`timezone_name`); it decides which day an impression belongs to. */
  timeZone: string;
  /** `account_status` (1 active, 101 closed, ...). */
  status?: number;
  campaigns?: number;
}

export interface SimCampaign {
  id: string;
  name: string;
  /** First and last delivery day (account time); `end` null while it runs. */
  start: string;
  end: string | null;
  impressions: number;
  ctr: number;
  /** Cost per click in minor units of the account currency. */
  cpcMinor: number;
  leadRate: number;
  purchaseRate: number;
  seed: number;
}

export interface SimAccount {
  key: string;
  /** `act_<n>`. */
  id: string;
  name: string;
  currency: string;
  timeZone: string;
  status: number;
  campaigns: SimCampaign[];
}

/** USD and EUR accounts in different time zones, a JPY one (no minor unit) and a closed one with history. */
export const DEFAULT_META_ACCOUNTS: readonly MetaAccountSpec[] = [
  { key: 'us', name: 'Northwind Outfitters US', currency: 'USD', timeZone: 'America/Los_Angeles' },
  { key: 'eu', name: 'Northwind Outfitters EU', currency: 'EUR', timeZone: 'Europe/Berlin' },
  { key: 'jp', name: 'Sakura Goods', currency: 'JPY', timeZone: 'Asia/Tokyo' },
  { key: 'closed', name: 'Old Brand', currency: 'GBP', timeZone: 'Europe/London', status: 101, campaigns: 2 },
];

const TEMPLATES = [
  { name: 'Prospecting - Advantage+', impressions: 30_000, ctr: 0.011, lead: 0.04, purchase: 0.01 },
  { name: 'Retargeting - Website visitors', impressions: 8_000, ctr: 0.02, lead: 0.08, purchase: 0.03 },
  { name: 'Lead Ads - Instant form', impressions: 15_000, ctr: 0.015, lead: 0.12, purchase: 0 },
  { name: 'Brand awareness - Reels', impressions: 60_000, ctr: 0.004, lead: 0.005, purchase: 0.002 },
  { name: 'Catalog sales', impressions: 20_000, ctr: 0.013, lead: 0, purchase: 0.04 },
] as const;

/** Minor units per US dollar, to keep costs plausible (a 0.80 USD click is about 120 yen). */
const MINOR_PER_USD: Readonly<Record<string, number>> = { USD: 100, EUR: 92, GBP: 79, JPY: 150, KWD: 310, AUD: 150 };

/** Meta ids are long numbers (15 digits for accounts, 18 for campaigns), never starting with 0. */
function longId(length: number, ...parts: Array<string | number>): string {
  let digits = String((hashSeed(99, ...parts) % 9) + 1);
  for (let i = 0; digits.length < length; i++) digits += String(hashSeed(i, ...parts)).padStart(10, '0');
  return digits.slice(0, length);
}

function campaign(seed: number, account: string, currency: string, today: string, index: number): SimCampaign {
  const rng = rngFor(hashSeed(seed, account), index, 'campaign');
  const t = TEMPLATES[index % TEMPLATES.length] ?? TEMPLATES[0];
  const recent = index % 5 === 3;
  const start = addDays(today, recent ? -rng.int(5, 20) : -rng.int(200, 400));
  const end = index % 7 === 4 ? addDays(today, -rng.int(2, 30)) : null;
  return {
    id: `1202${longId(14, seed, account, index)}`,
    name: index < TEMPLATES.length ? t.name : `${t.name} ${Math.floor(index / TEMPLATES.length) + 1}`,
    start: end !== null && end < start ? end : start,
    end,
    impressions: Math.round(t.impressions * rng.float(0.5, 1.5)),
    ctr: t.ctr,
    cpcMinor: rng.float(0.3, 1.6) * (MINOR_PER_USD[currency] ?? 100),
    leadRate: t.lead,
    purchaseRate: t.purchase,
    seed: hashSeed(seed, account, 'day', index),
  };
}

/**
 * The ad accounts and their campaigns, from the seed. `todayOf` gives each
 * time zone's today at creation, so lifecycles are in account time.
 *
 * @example
 * buildAccounts(DEFAULT_META_ACCOUNTS, 1, 8, (tz) => todayIn(tz, new Date()))[0]?.id // 'act_…'
 */
export function buildAccounts(
  specs: readonly MetaAccountSpec[],
  seed: number,
  campaignsPerAccount: number,
  todayOf: (timeZone: string) => string,
): SimAccount[] {
  return specs.map((spec) => {
    const id = `act_${longId(15, seed, spec.key)}`;
    const count = spec.campaigns ?? campaignsPerAccount;
    const today = todayOf(spec.timeZone);
    return {
      key: spec.key,
      id,
      name: spec.name,
      currency: spec.currency,
      timeZone: spec.timeZone,
      status: spec.status ?? 1,
      campaigns: Array.from({ length: count }, (_, i) => campaign(seed, id, spec.currency, today, i)),
    };
  });
}

/** A campaign added while the simulator runs, delivering from today. */
export function newCampaign(seed: number, account: SimAccount, today: string, name?: string): SimCampaign {
  const base = campaign(hashSeed(seed, 'added'), account.id, account.currency, today, account.campaigns.length);
  return { ...base, name: name ?? `New - ${base.name}`, start: today, end: null };
}
