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

/** The same rates the gateway derives per row (leads per visitor, else conversions per click), over a sum. */
function rates(t: { visitors: number; clicks: number; leads: number; conversions: number; cost: number }) {
  const denominator = t.visitors > 0 ? t.visitors : t.clicks;
  const numerator = t.visitors > 0 ? t.leads : t.conversions;
  return {
    conversionRate: denominator > 0 ? numerator / denominator : null,
    costPerLead: t.leads > 0 ? Math.round(t.cost / t.leads) : null,
  };
}

export function byChannel(rows: MetricRow[]): ChannelTotals[] {
  const sums = new Map<string, Omit<MetricRow, 'date' | 'channel' | 'currency'>>();
  for (const r of rows) {
    const s = sums.get(r.channel) ?? { impressions: 0, clicks: 0, visitors: 0, leads: 0, conversions: 0, cost: 0 };
    sums.set(r.channel, {
      impressions: s.impressions + r.impressions,
      clicks: s.clicks + r.clicks,
      visitors: s.visitors + r.visitors,
      leads: s.leads + r.leads,
      conversions: s.conversions + r.conversions,
      cost: s.cost + r.cost,
    });
  }
  return [...sums]
    .map(([channel, s]) => ({ channel, spend: s.cost, impressions: s.impressions, clicks: s.clicks, leads: s.leads, ...rates(s) }))
    .sort((a, b) => b.spend - a.spend);
}

/** One point per day: spend (major units) per channel, for a multi-series chart. */
export function spendOverTime(rows: MetricRow[]): { series: string[]; points: Record<string, number | string>[] } {
  const channels = [...new Set(rows.map((r) => r.channel))].sort();
  const days = new Map<string, Record<string, number | string>>();
  for (const r of rows) {
    const point = days.get(r.date) ?? { date: r.date, ...Object.fromEntries(channels.map((c) => [c, 0])) };
    point[r.channel] = Number(point[r.channel] ?? 0) + r.cost / 100;
    days.set(r.date, point);
  }
  return { series: channels, points: [...days.values()].sort((a, b) => String(a['date']).localeCompare(String(b['date']))) };
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
