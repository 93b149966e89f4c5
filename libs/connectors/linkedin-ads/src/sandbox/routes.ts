import type { Context, Hono } from 'hono';
import { badRequest, LinkedInError } from './errors.js';
import { accountList, dateRange, rawQuery } from './restli.js';
import type { DailyRow, Store } from './store.js';
import type { SimAccount } from './world.js';

/** Fields adAnalytics serves here (a subset of its metrics); at most 20 may be asked, `dateRange` and `pivotValues` included. */
export const ANALYTICS_FIELDS = [
  'dateRange',
  'pivotValues',
  'impressions',
  'clicks',
  'costInLocalCurrency',
  'externalWebsiteConversions',
  'oneClickLeads',
  'costInUsd',
] as const;
export const MAX_FIELDS = 20;

export interface RouteDeps {
  store: Store;
  /** adAnalytics stops silently at this many elements (LinkedIn: 15,000). */
  elementCap: number;
}

const ymd = (date: string) => {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
};
/** Minor units as a decimal string, like LinkedIn writes cost (binary noise and all: `String(x / 100)`). */
const money = (minor: number) => String(minor / 100);

function element(row: DailyRow, fields: readonly string[]): Record<string, unknown> {
  const all: Record<string, unknown> = {
    dateRange: { start: ymd(row.date), end: ymd(row.date) },
    pivotValues: [`urn:li:sponsoredCampaign:${row.campaignId}`],
    impressions: row.impressions,
    clicks: row.clicks,
    costInLocalCurrency: money(row.costMinor),
    costInUsd: money(row.costMinor),
    externalWebsiteConversions: row.conversions,
    oneClickLeads: row.leads,
  };
  return Object.fromEntries(fields.map((f) => [f, all[f]]));
}

/** A `q=search` finder page with `pageSize` (max 1,000) and an opaque `pageToken`. */
function searchPage(c: Context, items: unknown[]) {
  const size = Number(c.req.query('pageSize') ?? 100);
  if (!Number.isInteger(size) || size < 1 || size > 1_000) throw badRequest('pageSize must be from 1 to 1000');
  const start = Number(Buffer.from(c.req.query('pageToken') ?? 'MA', 'base64url').toString('utf8'));
  if (!Number.isInteger(start)) throw badRequest('Invalid pageToken');
  const end = start + size;
  return {
    elements: items.slice(start, end),
    metadata: end < items.length ? { nextPageToken: Buffer.from(String(end)).toString('base64url') } : {},
  };
}

const account = (a: SimAccount) => ({
  id: a.id,
  name: a.name,
  currency: a.currency,
  status: a.status,
  type: 'BUSINESS',
  test: a.test,
  reference: 'urn:li:organization:1000001',
});

function analytics(deps: RouteDeps, c: Context): Response {
  const q = rawQuery(c.req.url);
  if (q.get('q') !== 'analytics') throw badRequest('The simulator serves the analytics finder only');
  if (q.get('pivot') !== 'CAMPAIGN' || q.get('timeGranularity') !== 'DAILY')
    throw badRequest('The simulator serves pivot=CAMPAIGN&timeGranularity=DAILY only');
  const fields = (q.get('fields') ?? 'impressions,clicks').split(',');
  if (fields.length > MAX_FIELDS) throw badRequest(`Too many fields requested: at most ${MAX_FIELDS}`);
  const unknown = fields.find((f) => !(ANALYTICS_FIELDS as readonly string[]).includes(f));
  if (unknown) throw badRequest(`Unknown field ${unknown}`);
  const { from, to } = dateRange(q.get('dateRange'));
  const rows: DailyRow[] = [];
  for (const id of accountList(q.get('accounts'))) {
    const a = deps.store.byId(id);
    // No access or no activity: an empty answer, as LinkedIn gives.
    if (a) rows.push(...deps.store.rows(a, from, to));
  }
  rows.sort((x, y) => x.date.localeCompare(y.date) || x.campaignId - y.campaignId);
  return c.json({ paging: { start: 0, count: 10, links: [] }, elements: rows.slice(0, deps.elementCap).map((r) => element(r, fields)) });
}

/** `/rest/adAccounts` (search, get), `/rest/adAccounts/{id}/adCampaigns` (search), `/rest/adAnalytics` (analytics finder). */
export function mountRest(app: Hono, deps: RouteDeps): void {
  app.get('/rest/adAccounts', (c) => {
    if (c.req.query('q') !== 'search') throw badRequest('q=search is required');
    const search = rawQuery(c.req.url).get('search') ?? '';
    const items = deps.store.accounts
      .filter((a) => !search.includes('status:(values:List(ACTIVE))') || a.status === 'ACTIVE')
      .filter((a) => !search.includes('test:false') || !a.test)
      .map(account);
    return c.json(searchPage(c, items));
  });
  app.get('/rest/adAccounts/:id', (c) => {
    const a = deps.store.byId(Number(c.req.param('id')));
    if (!a) throw new LinkedInError(404, 'NOT_FOUND', `Ad account ${c.req.param('id')} not found`, 100);
    return c.json(account(a));
  });
  app.get('/rest/adAccounts/:id/adCampaigns', (c) => {
    const a = deps.store.byId(Number(c.req.param('id')));
    if (!a) throw new LinkedInError(404, 'NOT_FOUND', `Ad account ${c.req.param('id')} not found`, 100);
    const items = a.campaigns.map((x) => ({
      id: x.id,
      name: x.name,
      account: `urn:li:sponsoredAccount:${a.id}`,
      status: x.end ? 'COMPLETED' : 'ACTIVE',
    }));
    return c.json(searchPage(c, items));
  });
  app.get('/rest/adAnalytics', (c) => analytics(deps, c));
}
