import type { Context, Hono } from 'hono';
import type { SimContext } from '../context.js';
import { invalidSession, jsonResponse, SalesforceApiError } from '../errors.js';
import { invalidLocator } from '../locators.js';
import { sessionOf } from '../middleware.js';
import { soqlSource } from '../source.js';
import { bindQuery, executeQuery, parseSoql } from '../soql/index.js';
import type { SfQueryResult } from '../types.js';

/** `Sforce-Query-Options: batchSize=N` is a hint of 200-2000 rows; the simulator caps it at its page size. */
function batchSize(ctx: SimContext, header: string | undefined): number {
  const hint = Number(/batchSize=(\d+)/i.exec(header ?? '')?.[1] ?? NaN);
  const requested = Number.isFinite(hint) ? Math.min(2000, Math.max(200, hint)) : 2000;
  return Math.min(requested, ctx.pageSize);
}

function batch(rows: readonly unknown[], offset: number, size: number, next: (offset: number) => string): SfQueryResult<unknown> {
  const end = offset + size;
  const done = end >= rows.length;
  return { totalSize: rows.length, done, ...(done ? {} : { nextRecordsUrl: next(end) }), records: rows.slice(offset, end) };
}

function runQuery(ctx: SimContext, c: Context, queryAll: boolean): Response {
  const soql = c.req.query('q');
  if (!soql) throw new SalesforceApiError(400, 'MALFORMED_QUERY', 'A query string has to be specified');
  const version = c.req.param('version') ?? '';
  const bound = bindQuery(parseSoql(soql), soql, ctx.fields.visible(ctx.store.schemas));
  const rows = executeQuery(bound, soqlSource(ctx.store, version), { queryAll });
  const size = batchSize(ctx, c.req.header('sforce-query-options'));
  if (rows.length <= size)
    return jsonResponse(
      batch(rows, 0, size, () => ''),
      200,
    );
  const locator = ctx.locators.open(rows, sessionOf(c) ?? '');
  // queryAll continues through `/query/` too: "even though nextRecordsUrl has query in the URL".
  return jsonResponse(
    batch(rows, 0, size, (end) => `/services/data/${version}/query/${locator}-${end}`),
    200,
  );
}

function moreResults(ctx: SimContext, c: Context): Response {
  const match = /^(01g[a-zA-Z0-9]{15})-(\d+)$/.exec(c.req.param('locator') ?? '');
  if (!match) throw invalidLocator();
  const [, locator = '', offset = '0'] = match;
  const open = ctx.locators.get(locator);
  // (2°) A locator belongs to the session that opened it: another token cannot continue it.
  if (open.token !== sessionOf(c)) throw invalidSession();
  const version = c.req.param('version') ?? '';
  const size = batchSize(ctx, c.req.header('sforce-query-options'));
  return jsonResponse(
    batch(open.rows, Number(offset), size, (end) => `/services/data/${version}/query/${locator}-${end}`),
    200,
  );
}

/**
 * SOQL over REST: `GET /query?q=` (live rows), `GET /queryAll?q=` (soft-deleted
 * and archived rows too), and `GET /query/01g...-2000` for the next batch.
 * Results are computed when the query runs and held behind the locator
 * until it expires (`INVALID_QUERY_LOCATOR`).
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_query.htm
 */
export function mountQuery(app: Hono, ctx: SimContext): void {
  for (const [resource, queryAll] of [
    ['query', false],
    ['queryAll', true],
  ] as const) {
    app.get(`/services/data/:version/${resource}`, (c) => runQuery(ctx, c, queryAll));
    app.get(`/services/data/:version/${resource}/`, (c) => runQuery(ctx, c, queryAll));
    app.get(`/services/data/:version/${resource}/:locator`, (c) => moreResults(ctx, c));
  }
}
