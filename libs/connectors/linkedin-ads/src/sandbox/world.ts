import { addDays } from '@tributary/core';
import { hashSeed, rngFor } from '@tributary/sandbox';

/** An ad account as a test describes it. */
export interface LinkedInAccountSpec {
  key: string;
  name: string;
  currency: string;
  status?: 'ACTIVE' | 'CANCELED' | 'DRAFT';
  test?: boolean;
  campaigns?: number;
}

export interface SimCampaign {
  id: number;
  name: string;
  start: string;
  end: string | null;
  impressions: number;
  ctr: number;
  cpcMinor: number;
  leadRate: number;
  conversionRate: number;
  seed: number;
}

export interface SimAccount {
  key: string;
  id: number;
  name: string;
  currency: string;
  status: string;
  test: boolean;
  campaigns: SimCampaign[];
}

/** One campaign-day as LinkedIn reports it now. */
export interface DayValues {
  impressions: number;
  clicks: number;
  costMinor: number;
  leads: number;
  conversions: number;
}
export type Correction = Partial<DayValues>;

/** USD and EUR accounts, a canceled one and a test account (both left out of the default search). */
export const DEFAULT_LINKEDIN_ACCOUNTS: readonly LinkedInAccountSpec[] = [
  { key: 'us', name: 'Northwind B2B US', currency: 'USD' },
  { key: 'eu', name: 'Northwind B2B EMEA', currency: 'EUR' },
  { key: 'old', name: 'Northwind 2024', currency: 'USD', status: 'CANCELED', campaigns: 1 },
  { key: 'test', name: 'Sandbox test account', currency: 'USD', test: true, campaigns: 1 },
];

const TEMPLATES = [
  { name: 'ABM - Sponsored Content', impressions: 6_000, ctr: 0.006, lead: 0.08, conv: 0.03 },
  { name: 'Lead Gen Form - Webinar', impressions: 9_000, ctr: 0.005, lead: 0.15, conv: 0.01 },
  { name: 'Retargeting - Website visitors', impressions: 3_000, ctr: 0.009, lead: 0.05, conv: 0.06 },
  { name: 'Thought leader ads', impressions: 12_000, ctr: 0.004, lead: 0.02, conv: 0.01 },
] as const;

const dayNumber = (date: string): number => Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

function campaign(seed: number, accountId: number, today: string, index: number): SimCampaign {
  const rng = rngFor(hashSeed(seed, accountId), index, 'campaign');
  const t = TEMPLATES[index % TEMPLATES.length] ?? TEMPLATES[0];
  const start = addDays(today, index % 4 === 3 ? -rng.int(5, 20) : -rng.int(150, 300));
  const end = index % 5 === 4 ? addDays(today, -rng.int(2, 30)) : null;
  return {
    id: 600_000_000 + (hashSeed(seed, accountId, index) % 99_999_999),
    name: index < TEMPLATES.length ? t.name : `${t.name} ${Math.floor(index / TEMPLATES.length) + 1}`,
    start: end !== null && end < start ? end : start,
    end,
    impressions: Math.round(t.impressions * rng.float(0.5, 1.5)),
    ctr: t.ctr,
    // B2B clicks are dear: 4 to 12 of the currency's major unit.
    cpcMinor: rng.float(4, 12) * 100,
    leadRate: t.lead,
    conversionRate: t.conv,
    seed: hashSeed(seed, accountId, 'day', index),
  };
}

/** Accounts and their campaigns from the seed; `today` is the UTC day at creation. */
export function buildAccounts(specs: readonly LinkedInAccountSpec[], seed: number, perAccount: number, today: string): SimAccount[] {
  return specs.map((spec) => {
    const id = 500_000_000 + (hashSeed(seed, spec.key) % 99_999_999);
    return {
      key: spec.key,
      id,
      name: spec.name,
      currency: spec.currency,
      status: spec.status ?? 'ACTIVE',
      test: spec.test ?? false,
      campaigns: Array.from({ length: spec.campaigns ?? perAccount }, (_, i) => campaign(seed, id, today, i)),
    };
  });
}

/** A campaign added while the simulator runs, active from today. */
export function newCampaign(seed: number, account: SimAccount, today: string, name?: string): SimCampaign {
  const base = campaign(hashSeed(seed, 'added'), account.id, today, account.campaigns.length);
  return { ...base, name: name ?? `New - ${base.name}`, start: today, end: null };
}

/**
 * A campaign-day now: `age` days old (0 = today, `fraction` of it past);
 * conversions and leads of the last `lagDays` days still grow; corrections
 * add, `restated` replaces. Undefined without activity (LinkedIn leaves the element out).
 */
export function dayValues(
  c: SimCampaign,
  date: string,
  age: number,
  fraction: number,
  lagDays: number,
  correction?: Correction,
  restated?: Correction,
): DayValues | undefined {
  const rng = rngFor(c.seed, dayNumber(date));
  if (age < 0 || rng.chance(0.05)) return undefined;
  const part = age === 0 ? fraction : 1;
  const matured = age >= lagDays ? 1 : (age + 1) / (lagDays + 1);
  const impressions = Math.round(c.impressions * rng.float(0.6, 1.4));
  const clicks = Math.round(impressions * c.ctr * rng.float(0.7, 1.3));
  const costMinor = Math.round(clicks * c.cpcMinor * rng.float(0.8, 1.2));
  const leads = Math.round(clicks * c.leadRate * rng.float(0.5, 1.5));
  const conversions = Math.round(clicks * c.conversionRate * rng.float(0.5, 1.5));
  const add = (k: keyof DayValues, v: number) => Math.max(0, v + (correction?.[k] ?? 0));
  const values: DayValues = {
    impressions: add('impressions', Math.floor(impressions * part)),
    clicks: add('clicks', Math.floor(clicks * part)),
    costMinor: add('costMinor', Math.floor(costMinor * part)),
    leads: add('leads', Math.floor(leads * part * matured)),
    conversions: add('conversions', Math.floor(conversions * part * matured)),
    ...restated,
  };
  return values.impressions > 0 || values.costMinor > 0 ? values : undefined;
}
