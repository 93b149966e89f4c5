import { count, money, percent } from '../../lib/format';
import { conversionRate, costPerLead, leadsOf, type MetricRow } from './aggregate';

/** What the over-time chart can show, per channel and day. */
export type OverTimeMetric = 'spend' | 'clicks' | 'leads' | 'costPerLead' | 'conversionRate';

interface MetricSpec {
  label: string;
  /** Money metrics count only the rows in the chart's currency: amounts in different currencies do not add up. */
  money: boolean;
  value: (day: DaySums) => number | null;
  format: (value: number, currency: string) => string;
}

/** One channel's rows of one day, summed over its campaigns (spend in minor units). */
export interface DaySums {
  spend: number;
  clicks: number;
  leads: number;
}

export const OVER_TIME_METRICS: Record<OverTimeMetric, MetricSpec> = {
  spend: { label: 'Spend', money: true, value: (d) => d.spend, format: (v, c) => money(v, c) },
  clicks: { label: 'Clicks', money: false, value: (d) => d.clicks, format: (v) => count(v) },
  leads: { label: 'Leads', money: false, value: (d) => d.leads, format: (v) => count(v) },
  costPerLead: { label: 'Cost per lead', money: true, value: (d) => costPerLead(d.spend, d.leads), format: (v, c) => money(v, c) },
  conversionRate: { label: 'Conversion rate', money: false, value: (d) => conversionRate(d.leads, d.clicks), format: (v) => percent(v) },
};

export const METRIC_ORDER: OverTimeMetric[] = ['spend', 'clicks', 'leads', 'costPerLead', 'conversionRate'];

/** A chart point: the day, and each channel's value (null when the rate has no denominator or the channel had no rows that day). */
export type OverTimePoint = { date: string } & Record<string, string | number | null>;

/**
 * One point per day with a value per channel, for a multi-series line chart.
 * Rates are computed from the day's sums (the spend and leads of all the
 * channel's campaigns that day), never averaged; money metrics keep minor
 * units of `currency` and ignore rows in other currencies.
 *
 * @example
 * overTime(rows, 'costPerLead', 'USD') // { series: ['google_ads'], points: [{ date: '2026-11-01', google_ads: 2500 }] }
 */
export function overTime(rows: MetricRow[], metric: OverTimeMetric, currency: string): { series: string[]; points: OverTimePoint[] } {
  const spec = OVER_TIME_METRICS[metric];
  const used = spec.money ? rows.filter((r) => r.currency === currency) : rows;
  const channels = [...new Set(used.map((r) => r.channel))].sort();
  const days = new Map<string, Map<string, DaySums>>();
  for (const r of used) {
    const day = days.get(r.date) ?? new Map<string, DaySums>();
    const s = day.get(r.channel) ?? { spend: 0, clicks: 0, leads: 0 };
    day.set(r.channel, { spend: s.spend + r.cost, clicks: s.clicks + r.clicks, leads: s.leads + leadsOf(r) });
    days.set(r.date, day);
  }
  const points = [...days]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([date, day]): OverTimePoint => {
      // A channel without rows that day spent nothing and had no clicks: 0 for sums, no value for rates.
      const values = channels.map((c): [string, number | null] => [c, spec.value(day.get(c) ?? { spend: 0, clicks: 0, leads: 0 })]);
      return { date, ...Object.fromEntries(values) };
    });
  return { series: channels, points };
}
