import { rngFor } from '@tributary/sandbox';
import type { SimCampaign } from './types.js';

/** Daily numbers of one campaign (int64 values as numbers here). */
export interface DayValues {
  impressions: number;
  clicks: number;
  costMicros: number;
  conversions: number;
}

/** A vendor-side correction on top of the model: late conversions, retractions, invalid-click credits. */
export type Adjustment = Partial<DayValues>;

const round2 = (n: number): number => Math.round(n * 100) / 100;
const dayNumber = (date: string): number => Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

/** The whole day as it will finally be reported, or undefined when the campaign did not serve. */
function finalDay(campaign: SimCampaign, date: string): DayValues | undefined {
  const rng = rngFor(campaign.seed, dayNumber(date));
  if (rng.chance(0.03)) return undefined;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  const impressions = Math.round(campaign.impressions * (weekday === 0 || weekday === 6 ? 0.7 : 1) * rng.float(0.6, 1.4));
  const clicks = Math.round(impressions * campaign.ctr * rng.float(0.7, 1.3));
  // Arbitrary micros, as Google reports them (not rounded to the currency's minor unit).
  const costMicros = Math.round(clicks * campaign.cpcMicros * rng.float(0.8, 1.2));
  const conversions = round2(clicks * campaign.conversionRate * rng.float(0.5, 1.5));
  return { impressions, clicks, costMicros, conversions };
}

/**
 * What the API reports for one campaign-day now. `age` is days since the
 * day (0 = today, in progress: only `dayFraction` of it has happened).
 * Conversions are attributed to the click's day but recorded late: a day
 * shows (age + 1) / (lagDays + 1) of its conversions until it is `lagDays`
 * old, so recent days are restated as time passes. Adjustments apply on
 * top, then `restated` values replace the model's. Counters and cost stay
 * at or above zero; conversions do not: retractions (conversion
 * adjustments) can take a day below zero, and Google documents no lower
 * bound for `metrics.conversions`. Undefined when every metric is zero:
 * Google leaves such rows out.
 *
 * @example
 * dayValues(campaign, '2026-10-14', 1, 1, 7) // { impressions: 8123, clicks: 301, costMicros: 412345678, conversions: 2.25 }
 */
export function dayValues(
  campaign: SimCampaign,
  date: string,
  age: number,
  dayFraction: number,
  lagDays: number,
  adjustment?: Adjustment,
  restated?: Adjustment,
): DayValues | undefined {
  const full = finalDay(campaign, date);
  if (!full || age < 0) return undefined;
  const part = age === 0 ? dayFraction : 1;
  const matured = age >= lagDays ? 1 : (age + 1) / (lagDays + 1);
  const values: DayValues = {
    impressions: Math.max(0, Math.floor(full.impressions * part) + (adjustment?.impressions ?? 0)),
    clicks: Math.max(0, Math.floor(full.clicks * part) + (adjustment?.clicks ?? 0)),
    costMicros: Math.max(0, Math.floor(full.costMicros * part) + (adjustment?.costMicros ?? 0)),
    conversions: round2(full.conversions * part * matured + (adjustment?.conversions ?? 0)),
    ...restated,
  };
  return Object.values(values).some((v) => v !== 0) ? values : undefined;
}
