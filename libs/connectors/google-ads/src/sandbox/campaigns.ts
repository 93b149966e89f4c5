import { hashSeed, rngFor, type Rng } from '@tributary/sandbox';
import { addDays } from './clock.js';
import type { CampaignStatus, ChannelType, SimCampaign } from './types.js';

const TEMPLATES: ReadonlyArray<{ name: string; channel: ChannelType; impressions: number; ctr: number; cvr: number }> = [
  { name: 'Brand - Search', channel: 'SEARCH', impressions: 2_500, ctr: 0.12, cvr: 0.09 },
  { name: 'Generic - Search', channel: 'SEARCH', impressions: 9_000, ctr: 0.035, cvr: 0.03 },
  { name: 'Competitors - Search', channel: 'SEARCH', impressions: 3_000, ctr: 0.025, cvr: 0.02 },
  { name: 'Remarketing - Display', channel: 'DISPLAY', impressions: 40_000, ctr: 0.004, cvr: 0.015 },
  { name: 'Shopping - Feed', channel: 'SHOPPING', impressions: 15_000, ctr: 0.012, cvr: 0.025 },
  { name: 'Performance Max - All', channel: 'PERFORMANCE_MAX', impressions: 30_000, ctr: 0.008, cvr: 0.03 },
  { name: 'Awareness - Video', channel: 'VIDEO', impressions: 60_000, ctr: 0.002, cvr: 0.004 },
  { name: 'Prospecting - Demand Gen', channel: 'DEMAND_GEN', impressions: 20_000, ctr: 0.006, cvr: 0.01 },
];

/** Rough value of one unit of each currency in USD, to keep costs plausible (1.00 USD CPC ~ 150 JPY). */
const UNITS_PER_USD: Readonly<Record<string, number>> = { USD: 1, EUR: 0.92, GBP: 0.79, JPY: 150, KWD: 0.31, AUD: 1.5, CAD: 1.37, INR: 84 };

/** An 11-digit campaign id from the seed (Google's are 10-11 digits). */
export const campaignId = (seed: number, customerId: string, index: number): string =>
  String(20_000_000_000 + (hashSeed(seed, customerId, 'campaign', index) % 9_000_000_000));

function lifecycle(
  rng: Rng,
  index: number,
  today: string,
  historyDays: number,
): { status: CampaignStatus; start: string; end: string | null } {
  // Most campaigns ran through the whole history; some started recently, some were paused or removed.
  const start = index % 6 === 4 ? addDays(today, -rng.int(5, 20)) : addDays(today, -rng.int(Math.floor(historyDays / 2), historyDays));
  if (index % 7 === 5) return { status: 'PAUSED', start, end: addDays(today, -rng.int(2, 45)) };
  if (index % 11 === 9) return { status: 'REMOVED', start, end: addDays(today, -rng.int(40, 60)) };
  return { status: 'ENABLED', start, end: null };
}

/**
 * One generated campaign of an account: name, channel, lifecycle and the
 * scale of its daily numbers. `today` is the account's today at creation.
 *
 * @example
 * generateCampaign({ seed: 1, customerId: '1234567890', currency: 'JPY', today: '2026-10-15', historyDays: 400 }, 0).name // 'Brand - Search'
 */
export function generateCampaign(
  context: { seed: number; customerId: string; currency: string; today: string; historyDays: number },
  index: number,
): SimCampaign {
  const rng = rngFor(hashSeed(context.seed, context.customerId), index, 'campaign');
  const template = TEMPLATES[index % TEMPLATES.length] ?? TEMPLATES[0];
  if (!template) throw new Error('no campaign templates');
  const round = Math.floor(index / TEMPLATES.length);
  const rate = UNITS_PER_USD[context.currency] ?? 1;
  const { status, start, end } = lifecycle(rng, index, context.today, context.historyDays);
  return {
    id: campaignId(context.seed, context.customerId, index),
    name: round === 0 ? template.name : `${template.name} ${round + 1}`,
    status,
    channel: template.channel,
    start: end !== null && end < start ? end : start,
    end,
    impressions: Math.round(template.impressions * rng.float(0.5, 1.5)),
    ctr: template.ctr,
    cpcMicros: Math.round(rng.float(0.4, 2.5) * rate * 1_000_000),
    conversionRate: template.cvr,
    seed: hashSeed(context.seed, context.customerId, 'day', index),
  };
}
