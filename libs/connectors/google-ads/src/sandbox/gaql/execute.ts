import type { Store } from '../store.js';
import type { DailyRow, SimAccount } from '../types.js';
import { dateRangeOf, type DateRange } from './dates.js';
import { FIELDS, jsonPath, jsonValue, type RowContext } from './fields.js';
import { parseGaql, type ParsedQuery } from './parse.js';
import { matches } from './filter.js';
import { usesMetrics, validateGaql } from './validate.js';

export interface GaqlResult {
  /** GoogleAdsRow objects in REST JSON. */
  rows: Array<Record<string, unknown>>;
  /** The selected fields, camelCase, comma-separated. */
  fieldMask: string;
}

/** Every client below a manager, with its depth (a manager's `customer_client` also lists itself at level 0). */
function hierarchy(store: Store, root: SimAccount): RowContext[] {
  const out: RowContext[] = [{ account: root, client: { account: root, level: 0 } }];
  const walk = (parent: SimAccount, level: number): void => {
    for (const child of store.accounts.filter((a) => a.parentId === parent.id)) {
      out.push({ account: root, client: { account: child, level } });
      walk(child, level + 1);
    }
  };
  if (root.manager) walk(root, 1);
  return out;
}

/** Daily rows grouped by the selected dimensions (campaign for FROM campaign, date when selected), metrics summed. */
function metricRows(q: ParsedQuery, store: Store, account: SimAccount, range: DateRange): RowContext[] {
  const byDate = q.select.includes('segments.date');
  const groups = new Map<string, RowContext>();
  for (const row of store.rows(account, range.from, range.to)) {
    const key = `${q.from === 'campaign' ? row.campaignId : ''}|${byDate ? row.date : ''}`;
    const group = groups.get(key) ?? newGroup(q, account, row, byDate);
    const m = group.metrics ?? { impressions: 0, clicks: 0, costMicros: 0, conversions: 0 };
    group.metrics = {
      impressions: m.impressions + row.impressions,
      clicks: m.clicks + row.clicks,
      costMicros: m.costMicros + row.costMicros,
      conversions: Math.round((m.conversions + row.conversions) * 1e6) / 1e6,
    };
    groups.set(key, group);
  }
  return [...groups.values()];
}

function newGroup(q: ParsedQuery, account: SimAccount, row: DailyRow, byDate: boolean): RowContext {
  const campaign = q.from === 'campaign' ? account.campaigns.find((c) => c.id === row.campaignId) : undefined;
  return { account, ...(campaign ? { campaign } : {}), ...(byDate ? { date: row.date } : {}) };
}

function baseRows(q: ParsedQuery, store: Store, account: SimAccount, range: DateRange | undefined): RowContext[] {
  if (q.from === 'customer_client') return hierarchy(store, account);
  if (usesMetrics(q) || q.select.includes('segments.date')) {
    const today = store.today(account);
    const earliest = account.campaigns.map((c) => c.start).sort()[0] ?? today;
    return metricRows(q, store, account, range ?? { from: earliest, to: today });
  }
  if (q.from === 'campaign') return account.campaigns.map((campaign) => ({ account, campaign }));
  return [{ account }];
}

function compare(a: RowContext, b: RowContext, orderBy: ParsedQuery['orderBy']): number {
  for (const { field, desc } of orderBy) {
    const def = FIELDS[field];
    const x = def?.get(a);
    const y = def?.get(b);
    if (x === y) continue;
    const numeric = def?.type === 'INT64' || def?.type === 'DOUBLE';
    const less = numeric ? Number(x) < Number(y) : String(x) < String(y);
    return (less ? -1 : 1) * (desc ? -1 : 1);
  }
  return 0;
}

/** A GoogleAdsRow: each selected field at its camelCase path, and `resourceName` on every resource object. */
function project(select: readonly string[], row: RowContext): Record<string, unknown> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const field of select) {
    const def = FIELDS[field];
    const value = def?.get(row);
    if (!def || value === undefined) continue;
    const [resource = '', name = ''] = jsonPath(field);
    // Google lists a resource's resourceName first, whether or not it was selected.
    const resourceName = FIELDS[`${field.split('.')[0]}.resource_name`]?.get(row);
    const object = (out[resource] ??= resourceName === undefined ? {} : { resourceName });
    object[name] = jsonValue(def, value);
  }
  return out;
}

/**
 * Run a GAQL query against one account of the simulated world.
 *
 * @example
 * executeGaql("SELECT campaign.id, metrics.clicks FROM campaign WHERE segments.date DURING LAST_7_DAYS", store, account).rows
 */
export function executeGaql(query: string, store: Store, account: SimAccount): GaqlResult {
  const q = parseGaql(query);
  const range = dateRangeOf(q.where, store.today(account));
  validateGaql(q, account, range !== undefined);
  let rows = baseRows(q, store, account, range).filter((row) => q.where.every((c) => matches(c, row)));
  if (q.orderBy.length > 0) rows = rows.sort((a, b) => compare(a, b, q.orderBy));
  if (q.limit !== undefined) rows = rows.slice(0, q.limit);
  return { rows: rows.map((row) => project(q.select, row)), fieldMask: q.select.map((f) => jsonPath(f).join('.')).join(',') };
}
