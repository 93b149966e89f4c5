/** Dashboard arithmetic on canonical rows (money stays in minor units until formatted). */

export interface MetricRow {
  date: string;
  channel: string;
  impressions: number;
  clicks: number;
  visitors: number;
  leads: number;
  conversions: number;
  cost: number;
  currency: string;
}

export interface ChannelTotals {
  channel: string;
  spend: number;
  impressions: number;
  clicks: number;
  leads: number;
  costPerLead: number | null;
  conversionRate: number | null;
}

/**
 * A row's leads: its `leads`, or its `conversions` when it reports no leads
 * (ad platforms such as Google Ads report conversions, not leads).
 */
export const leadsOf = (r: Pick<MetricRow, 'leads' | 'conversions'>) => (r.leads > 0 ? r.leads : r.conversions);

/** Spend (minor units) per lead, or null without leads (never 0 or Infinity). */
export const costPerLead = (spend: number, leads: number) => (leads > 0 ? spend / leads : null);

/** Leads per click, or null without clicks. */
export const conversionRate = (leads: number, clicks: number) => (clicks > 0 ? leads / clicks : null);

/** Totals per channel, biggest spend first; the rates are ratios of the sums, not averages of daily rates. */
export function byChannel(rows: MetricRow[]): ChannelTotals[] {
  const sums = new Map<string, { impressions: number; clicks: number; leads: number; spend: number }>();
  for (const r of rows) {
    const s = sums.get(r.channel) ?? { impressions: 0, clicks: 0, leads: 0, spend: 0 };
    sums.set(r.channel, {
      impressions: s.impressions + r.impressions,
      clicks: s.clicks + r.clicks,
      leads: s.leads + leadsOf(r),
      spend: s.spend + r.cost,
    });
  }
  return [...sums]
    .map(([channel, s]) => ({
      channel,
      ...s,
      costPerLead: costPerLead(s.spend, s.leads),
      conversionRate: conversionRate(s.leads, s.clicks),
    }))
    .sort((a, b) => b.spend - a.spend);
}

/** The currency with the most spend (what money charts are drawn in); USD without rows. */
export function mainCurrency(rows: Pick<MetricRow, 'currency' | 'cost'>[]): string {
  const spend = new Map<string, number>();
  for (const r of rows) spend.set(r.currency, (spend.get(r.currency) ?? 0) + r.cost);
  return [...spend].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'USD';
}

export interface ChargeRow {
  amount: number;
  amountRefunded: number;
  currency: string;
  status: string;
  occurredAt: string;
}

/** Net revenue (succeeded charges less refunds) per day in the main currency, and the totals per currency. */
export function revenue(charges: ChargeRow[]) {
  const paid = charges.filter((c) => c.status === 'succeeded');
  const totals = new Map<string, number>();
  for (const c of paid) totals.set(c.currency, (totals.get(c.currency) ?? 0) + c.amount - c.amountRefunded);
  const main = [...totals].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'USD';
  const days = new Map<string, number>();
  for (const c of paid.filter((x) => x.currency === main)) {
    const day = c.occurredAt.slice(0, 10);
    days.set(day, (days.get(day) ?? 0) + c.amount - c.amountRefunded);
  }
  const points = [...days].sort((a, b) => a[0].localeCompare(b[0])).map(([date, net]) => ({ date, revenue: net / 100 }));
  return { main, totals: [...totals].map(([currency, net]) => ({ currency, net })), points, count: paid.length };
}

export interface DealRow {
  amount?: number | null;
  stage?: string | null;
  status?: string | null;
}

export function pipeline(deals: DealRow[]) {
  const stages = new Map<string, { stage: string; deals: number; amount: number }>();
  for (const d of deals) {
    const key = d.stage ?? d.status ?? 'unknown';
    const s = stages.get(key) ?? { stage: key, deals: 0, amount: 0 };
    stages.set(key, { stage: key, deals: s.deals + 1, amount: s.amount + (d.amount ?? 0) / 100 });
  }
  return [...stages.values()];
}
