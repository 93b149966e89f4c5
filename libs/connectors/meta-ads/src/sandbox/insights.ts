import { z } from 'zod';
import { spendString } from './days.js';
import { graphError, invalidParam } from './graph-errors.js';
import type { DailyRow, Store } from './store.js';
import type { SimAccount } from './world.js';

/** The AdsInsights fields the simulator can answer (a subset of the node's fields in Meta's SDK specs). */
export const SERVED_FIELDS = [
  'account_id',
  'account_name',
  'account_currency',
  'campaign_id',
  'campaign_name',
  'date_start',
  'date_stop',
  'impressions',
  'clicks',
  'spend',
  'actions',
] as const;
/** `level` values the API accepts (enum adaccountinsights_level_enum_param); the simulator serves campaign rows. */
export const LEVELS = ['account', 'ad', 'adset', 'campaign'] as const;

const TimeRange = z.object({ since: z.iso.date(), until: z.iso.date() });

export interface InsightsQuery {
  from: string;
  to: string;
  fields: string[];
  limit: number;
}

function timeRange(raw: string | undefined): { from: string; to: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw ?? '');
  } catch {
    throw invalidParam('Param time_range must be a JSON object with since and until');
  }
  const range = TimeRange.safeParse(parsed);
  if (!range.success || range.data.since > range.data.until)
    throw invalidParam('Param time_range must be a JSON object with since and until');
  return { from: range.data.since, to: range.data.until };
}

/**
 * The parameters of `GET|POST /act_{id}/insights` as Meta checks them: `level`
 * from its enum, `fields` the node's own, `time_increment` 1 (day rows),
 * `time_range` a JSON object of dates, at most 37 months back, `limit` 1 to 5,000.
 */
export function readQuery(params: Record<string, string | undefined>, today: string): InsightsQuery {
  const level = params['level'] ?? 'account';
  if (!(LEVELS as readonly string[]).includes(level)) throw invalidParam(`Param level must be one of {${LEVELS.join(', ')}}`);
  if (level !== 'campaign') throw invalidParam('The simulator serves level=campaign only');
  const fields = (params['fields'] ?? '').split(',').filter(Boolean);
  const unknown = fields.find((f) => !(SERVED_FIELDS as readonly string[]).includes(f));
  if (unknown) throw invalidParam(`${unknown} is not valid for fields param.`);
  if (params['time_increment'] !== '1') throw invalidParam('The simulator serves time_increment=1 (one row per day) only');
  const { from, to } = timeRange(params['time_range']);
  const limit = Number(params['limit'] ?? 25);
  if (!Number.isInteger(limit) || limit < 1 || limit > 5_000) throw invalidParam('Param limit must be an integer from 1 to 5000');
  const earliest = new Date(Date.parse(`${today}T00:00:00Z`));
  earliest.setUTCMonth(earliest.getUTCMonth() - 37);
  if (from < earliest.toISOString().slice(0, 10)) {
    throw graphError(400, 3018, 'The start date of the time range cannot be beyond 37 months from the current date');
  }
  return { from, to, fields: fields.length > 0 ? fields : ['date_start', 'date_stop', 'impressions', 'spend'], limit };
}

/** The actions Meta reports for a row: link clicks, leads (total and instant forms), purchases; none that are zero. */
function actions(row: DailyRow): Array<{ action_type: string; value: string }> {
  const list: Array<[string, number]> = [
    ['link_click', Math.round(row.clicks * 0.8)],
    ['lead', row.leads],
    ['onsite_conversion.lead_grouped', Math.round(row.leads / 2)],
    ['omni_purchase', row.purchases],
    ['offsite_conversion.fb_pixel_purchase', row.purchases],
  ];
  return list.filter(([, n]) => n > 0).map(([action_type, n]) => ({ action_type, value: String(n) }));
}

/** One campaign-day as the API writes it: only the asked fields, counts and spend as strings. */
export function renderRow(account: SimAccount, row: DailyRow, fields: readonly string[]): Record<string, unknown> {
  const all: Record<string, unknown> = {
    account_id: account.id.slice('act_'.length),
    account_name: account.name,
    account_currency: account.currency,
    campaign_id: row.campaignId,
    campaign_name: row.campaignName,
    impressions: String(row.impressions),
    clicks: String(row.clicks),
    spend: spendString(row.spendMinor, account.currency),
    date_start: row.date,
    date_stop: row.date,
  };
  const acted = actions(row);
  if (acted.length > 0) all['actions'] = acted;
  return Object.fromEntries(fields.filter((f) => f in all).map((f) => [f, all[f]]));
}

/** Rows of an account between two dates, sorted by day then campaign. */
export function insightRows(store: Store, account: SimAccount, query: InsightsQuery): Record<string, unknown>[] {
  return store
    .rows(account, query.from, query.to)
    .sort((a, b) => a.date.localeCompare(b.date) || a.campaignId.localeCompare(b.campaignId))
    .map((row) => renderRow(account, row, query.fields));
}

/**
 * One page of a Graph list: an opaque `after` cursor; every third page is
 * shorter than the limit while more follow (a short page is not the end);
 * `paging.next` on the request's own URL, absent on the last page.
 */
export function graphPage(items: readonly unknown[], url: string, limit: number, after: string | undefined) {
  const start = after ? Number(Buffer.from(after, 'base64url').toString('utf8').replace(/^o:/, '')) : 0;
  if (!Number.isInteger(start) || start < 0) throw invalidParam('Invalid cursor in after');
  const index = Math.floor(start / Math.max(1, limit));
  const size = index % 3 === 1 && limit > 3 ? limit - 3 : limit;
  const data = items.slice(start, start + size);
  const end = start + data.length;
  const cursor = (n: number) => Buffer.from(`o:${n}`).toString('base64url');
  const next = new URL(url);
  next.searchParams.set('after', cursor(end));
  return {
    data,
    paging: {
      cursors: { before: cursor(start), after: cursor(end) },
      ...(end < items.length ? { next: next.toString() } : {}),
    },
  };
}
