import { rngFor } from '@tributary/sandbox';
import type { SimCampaign } from './world.js';

/** One campaign-day as Meta reports it now (spend in minor units here, a decimal string on the wire). */
export interface DayValues {
  impressions: number;
  clicks: number;
  spendMinor: number;
  leads: number;
  purchases: number;
}
export type Correction = Partial<DayValues>;

const dayNumber = (date: string): number => Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

function finalDay(campaign: SimCampaign, date: string): DayValues | undefined {
  const rng = rngFor(campaign.seed, dayNumber(date));
  if (rng.chance(0.04)) return undefined;
  const weekend = [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
  const impressions = Math.round(campaign.impressions * (weekend ? 0.8 : 1) * rng.float(0.6, 1.4));
  const clicks = Math.round(impressions * campaign.ctr * rng.float(0.7, 1.3));
  const spendMinor = Math.round(clicks * campaign.cpcMinor * rng.float(0.8, 1.2));
  const leads = Math.round(clicks * campaign.leadRate * rng.float(0.5, 1.5));
  const purchases = Math.round(clicks * campaign.purchaseRate * rng.float(0.5, 1.5));
  return { impressions, clicks, spendMinor, leads, purchases };
}

/**
 * What the insights API reports for a campaign-day now. `age` is days since
 * the day (0 = today, of which `fraction` has passed). Leads and purchases
 * are attributed to the day of the click but arrive late: a day shows
 * (age + 1) / (lagDays + 1) of them until it is `lagDays` old, so recent
 * days are restated as time passes. Corrections add on top; `restated`
 * replaces. Undefined when the campaign did not deliver: Meta leaves the row out.
 *
 * @example
 * dayValues(campaign, '2026-10-14', 1, 1, 7) // { impressions: 8123, clicks: 91, spendMinor: 7310, leads: 2, purchases: 0 }
 */
export function dayValues(
  campaign: SimCampaign,
  date: string,
  age: number,
  fraction: number,
  lagDays: number,
  correction?: Correction,
  restated?: Correction,
): DayValues | undefined {
  const full = finalDay(campaign, date);
  if (!full || age < 0) return undefined;
  const part = age === 0 ? fraction : 1;
  const matured = age >= lagDays ? 1 : (age + 1) / (lagDays + 1);
  const values: DayValues = {
    impressions: Math.max(0, Math.floor(full.impressions * part) + (correction?.impressions ?? 0)),
    clicks: Math.max(0, Math.floor(full.clicks * part) + (correction?.clicks ?? 0)),
    spendMinor: Math.max(0, Math.floor(full.spendMinor * part) + (correction?.spendMinor ?? 0)),
    leads: Math.max(0, Math.floor(full.leads * part * matured) + (correction?.leads ?? 0)),
    purchases: Math.max(0, Math.floor(full.purchases * part * matured) + (correction?.purchases ?? 0)),
    ...restated,
  };
  return values.impressions > 0 || values.spendMinor > 0 ? values : undefined;
}

/** ISO 4217 minor-unit digits of the currencies the simulator uses (written out, not the connector's table). */
const DIGITS: Readonly<Record<string, number>> = { JPY: 0, KRW: 0, KWD: 3, BHD: 3 };

/**
 * Minor units as Meta writes spend: a decimal string in major units without trailing zeros.
 *
 * @example
 * spendString(533950, 'USD') // '5339.5'
 * spendString(1500, 'JPY') // '1500'
 */
export function spendString(minor: number, currency: string): string {
  const digits = DIGITS[currency] ?? 2;
  if (digits === 0) return String(minor);
  const whole = Math.floor(minor / 10 ** digits);
  const fraction = String(minor % 10 ** digits)
    .padStart(digits, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}
