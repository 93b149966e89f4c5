import type { Context, Hono } from 'hono';
import type { SimRow, SimTraffic } from './data.js';
import { errorBody } from './errors.js';
import { resolveDate, SimReportRequest } from './request.js';
import type { SimQuota } from './quota.js';

const VALUE: Record<string, (r: SimRow) => string> = {
  date: (r) => r.date.replaceAll('-', ''),
  sessionDefaultChannelGroup: (r) => r.channel,
  deviceCategory: (r) => r.device,
};
const TYPE: Record<string, string> = { userEngagementDuration: 'TYPE_SECONDS' };

/**
 * `POST /v1beta/properties/{id}:runReport`: the requested dimensions and
 * metrics, every value a string, `date` as YYYYMMDD, offset/limit paging
 * with `rowCount`, at most `maxRows` rows a response, `propertyQuota` when
 * asked, and the property's token quota (429 RESOURCE_EXHAUSTED).
 * https://developers.google.com/analytics/devguides/reporting/data/v1/rest/v1beta/properties/runReport
 */
export function mountReport(app: Hono, traffic: SimTraffic, quota: SimQuota, maxRows: () => number): void {
  app.post('/v1beta/properties/*', async (c) =>
    /^\/v1beta\/properties\/\d+:runReport$/.test(c.req.path)
      ? handle(c, traffic, quota, maxRows())
      : c.json(errorBody(404, `Method not found: ${c.req.path}`), 404),
  );
}

async function handle(c: Context, traffic: SimTraffic, quota: SimQuota, maxRows: number) {
  const propertyId = /properties\/(\d+):runReport$/.exec(c.req.path)?.[1] ?? '';
  if (!traffic.property(propertyId)) return c.json(errorBody(403, 'User does not have sufficient permissions for this property.'), 403);
  const parsed = SimReportRequest.safeParse(await c.req.json().catch(() => undefined));
  if (!parsed.success) return c.json(errorBody(400, `Invalid JSON payload: ${parsed.error.issues[0]?.message ?? ''}`), 400);
  const req = parsed.data;
  const today = traffic.today(propertyId);
  const range = req.dateRanges[0] ?? { startDate: today, endDate: today };
  const [from, to] = [resolveDate(range.startDate, today), resolveDate(range.endDate, today)];
  if (from > to) return c.json(errorBody(400, 'Invalid date range: startDate is after endDate.'), 400);
  const all = traffic.rows(propertyId, from, to);
  const page = all.slice(req.offset, req.offset + Math.min(req.limit, maxRows));
  const spent = quota.spend(propertyId, 1 + Math.ceil(page.length / 500));
  if (spent.exhausted) return c.json(errorBody(429, spent.exhausted), 429);
  const dims = req.dimensions.map((d) => d.name);
  const mets = req.metrics.map((m) => m.name);
  const info = traffic.property(propertyId);
  return c.json({
    dimensionHeaders: dims.map((name) => ({ name })),
    metricHeaders: mets.map((name) => ({ name, type: TYPE[name] ?? 'TYPE_INTEGER' })),
    ...(page.length ? { rows: page.map((r) => rowOf(r, dims, mets)) } : {}),
    rowCount: all.length,
    metadata: { currencyCode: info?.currencyCode ?? 'USD', timeZone: info?.timeZone ?? 'UTC' },
    ...(req.returnPropertyQuota ? { propertyQuota: spent.status } : {}),
    kind: 'analyticsData#runReport',
  });
}

function rowOf(r: SimRow, dims: string[], mets: string[]) {
  const metric = (name: string) => String((r as unknown as Record<string, number>)[name] ?? 0);
  return {
    dimensionValues: dims.map((name) => ({ value: VALUE[name]?.(r) ?? '' })),
    metricValues: mets.map((name) => ({ value: metric(name) })),
  };
}
