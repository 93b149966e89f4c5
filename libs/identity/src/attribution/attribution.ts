import { ValidationError } from '@tributary/core';
import type { SqlDriver } from '@tributary/db';
import { z } from 'zod';
import { AttributionQuery, type AttributionQueryInput } from './input.js';
import { SET_BASED } from '../resolve-sql.js';
import { ATTRIBUTION } from './query-sql.js';

/** One (channel, campaign, currency) line of a report. Money in minor units of `currency`. */
export interface AttributionRow {
  channel: string;
  /** The campaign id where the spend rows have one, else the campaign as the touch named it; `(none)` for unattributed revenue. */
  campaignId: string;
  campaign: string;
  currency: string;
  revenue: number;
  /** Revenue events credited to the line: whole events for first and last touch, fractions for linear. */
  revenueEvents: number;
  spend: number;
  /** Attributed revenue per unit of spend (same currency); null without spend. */
  roas: number | null;
}

export interface AttributionTotal {
  currency: string;
  revenue: number;
  unattributedRevenue: number;
  revenueEvents: number;
  spend: number;
  roas: number | null;
}

export interface AttributionReport {
  query: AttributionQuery;
  rows: AttributionRow[];
  /** Per currency, never across currencies. */
  totals: AttributionTotal[];
}

const Row = z.object({
  channel: z.string(),
  campaign_key: z.string(),
  campaign_name: z.string(),
  currency: z.string(),
  revenue: z.coerce.number().int(),
  events: z.coerce.number(),
  spend: z.coerce.number().int(),
});

const roas = (revenue: number, spend: number) => (spend > 0 ? Math.round((revenue / spend) * 10_000) / 10_000 : null);

/**
 * Attribute one tenant's revenue in a range of days to the campaigns and
 * channels that touched the paying people before it, with the spend of the
 * same days (see query-sql.ts for the rules).
 *
 * @example
 * const report = await attribution(db.sql, tenantId, { model: 'first_touch', from: '2026-03-01', to: '2026-03-31' });
 * report.rows[0] // { channel: 'google_ads', campaign: 'Brand - Search', currency: 'USD', revenue: 30001, spend: 5000, roas: 6.0002, ... }
 */
export async function attribution(
  sql: Pick<SqlDriver, 'transaction'>,
  tenantId: string,
  input: AttributionQueryInput,
): Promise<AttributionReport> {
  const parsed = AttributionQuery.safeParse(input);
  if (!parsed.success) throw new ValidationError(`Invalid attribution query: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  const q = parsed.data;
  // Read-only; SET_BASED (hash joins) holds for the transaction only.
  const raw = await sql.transaction(async (tx) => {
    await tx.query(SET_BASED);
    return tx.query(ATTRIBUTION, [tenantId, q.from, q.to, q.lookbackDays, q.model]);
  });
  const rows = raw.map((r) => {
    const row = Row.parse(r);
    return {
      channel: row.channel,
      campaignId: row.campaign_key,
      campaign: row.campaign_name,
      currency: row.currency,
      revenue: row.revenue,
      revenueEvents: row.events,
      spend: row.spend,
      roas: roas(row.revenue, row.spend),
    };
  });
  return { query: q, rows, totals: totalsOf(rows) };
}

function totalsOf(rows: readonly AttributionRow[]): AttributionTotal[] {
  const byCurrency = new Map<string, AttributionTotal>();
  for (const r of rows) {
    const t = byCurrency.get(r.currency) ?? {
      currency: r.currency,
      revenue: 0,
      unattributedRevenue: 0,
      revenueEvents: 0,
      spend: 0,
      roas: null,
    };
    t.revenue += r.revenue;
    t.spend += r.spend;
    t.revenueEvents += r.revenueEvents;
    if (r.channel === '(none)') t.unattributedRevenue += r.revenue;
    byCurrency.set(r.currency, t);
  }
  return [...byCurrency.values()]
    .map((t) => ({ ...t, revenueEvents: Math.round(t.revenueEvents * 1e6) / 1e6, roas: roas(t.revenue, t.spend) }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
}
