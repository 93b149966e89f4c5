import { nextUrl, pageOf, PagingError, type PagingSpec } from '@tributary/sandbox';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { badRequest, errorBody } from '../errors.js';
import { render } from '../render.js';
import { SearchBody, searchIndexes } from '../search.js';
import type { SimType } from '../types.js';
import { batchTimes, jsonBody, typeOf, type SimContext } from './common.js';

const LIST_PAGING: PagingSpec = { style: 'cursor', cursorParam: 'after', limitParam: 'limit', defaultLimit: 10, maxLimit: 100 };
const unknownType = (c: Context) => badRequest(c, `Unable to infer object type from: ${c.req.param('type') ?? ''}`);

/** `properties=a,b` or `properties=a&properties=b`. */
const listedProperties = (query: URLSearchParams) =>
  query
    .getAll('properties')
    .flatMap((p) => p.split(','))
    .filter(Boolean);

/** `GET /crm/v3/objects/{type}`: live records by id (or, with `archived=true`, archived ones with `archivedAt`), 100 a page at most. */
function list(ctx: SimContext, type: SimType, c: Context): Response {
  const query = new URL(c.req.url).searchParams;
  const store = ctx.world.stores[type];
  const properties = listedProperties(query);
  try {
    if (query.get('archived') === 'true') {
      const page = pageOf(store.archived(), query, LIST_PAGING);
      const results = page.items.map((a) => render(type, a.record, properties, a.archivedAt));
      return c.json({ results, ...paging(c, page.next) });
    }
    const page = pageOf(store.liveIndexes(), query, LIST_PAGING);
    const results = page.items.flatMap((i) => {
      const record = store.dataset.get(i);
      return record ? [render(type, record, properties)] : [];
    });
    return c.json({ results, ...paging(c, page.next) });
  } catch (error) {
    if (error instanceof PagingError) return badRequest(c, error.message);
    throw error;
  }
}

const paging = (c: Context, next: string | null) =>
  next === null ? {} : { paging: { next: { after: next, link: nextUrl(c.req.url, LIST_PAGING, next) ?? '' } } };

/** `POST /crm/v3/objects/{type}/search`: offsets as `after`; a query pages through at most `searchCap` results. */
async function search(ctx: SimContext, type: SimType, c: Context): Promise<Response> {
  const parsed = SearchBody.safeParse(await jsonBody(c));
  if (!parsed.success) return badRequest(c, `Invalid input JSON: ${parsed.error.issues[0]?.message ?? 'malformed body'}`);
  const body = parsed.data;
  const store = ctx.world.stores[type];
  const offset = Number(body.after ?? 0);
  if (offset >= ctx.searchCap) {
    return badRequest(c, `Paging past ${ctx.searchCap} results is not supported: narrow the query (after=${offset})`);
  }
  const matched = searchIndexes(store, body);
  const end = Math.min(offset + body.limit, ctx.searchCap);
  const results = matched.slice(offset, end).flatMap((i) => {
    const record = store.dataset.get(i);
    return record ? [render(type, record, body.properties)] : [];
  });
  const more = end < matched.length;
  return c.json({ total: matched.length, results, ...(more ? { paging: { next: { after: String(end) } } } : {}) });
}

const BatchRead = z.object({
  inputs: z.array(z.object({ id: z.string() })).max(100),
  properties: z.array(z.string()).default([]),
  propertiesWithHistory: z.array(z.string()).default([]),
  idProperty: z.string().optional(),
});

/** `POST /crm/v3/objects/{type}/batch/read`: up to 100 ids; missing ones are errors of a 207. */
async function batchRead(ctx: SimContext, type: SimType, c: Context): Promise<Response> {
  const parsed = BatchRead.safeParse(await jsonBody(c));
  if (!parsed.success) return badRequest(c, `Invalid input JSON: ${parsed.error.issues[0]?.message ?? 'malformed body'}`);
  const store = ctx.world.stores[type];
  const found = parsed.data.inputs.flatMap((input) => {
    const hit = store.byId(input.id);
    return hit ? [render(type, hit.record, parsed.data.properties)] : [];
  });
  const missing = parsed.data.inputs.map((i) => i.id).filter((id) => !store.isLive(id));
  const base = { status: 'COMPLETE', results: found, ...batchTimes(ctx) };
  if (missing.length === 0) return c.json(base);
  const error = errorBody('OBJECT_NOT_FOUND', `Could not get some ${type} objects, they may be deleted or not exist.`, {
    context: { ids: missing },
    errors: [],
    links: {},
  });
  return c.json({ ...base, numErrors: 1, errors: [error] }, 207);
}

/** The object endpoints, by type name or object type id. */
export function mountObjects(app: Hono, ctx: SimContext): void {
  const typed = (handler: (ctx: SimContext, type: SimType, c: Context) => Response | Promise<Response>) => (c: Context) => {
    const type = typeOf(c.req.param('type'));
    return type ? handler(ctx, type, c) : unknownType(c);
  };
  app.get('/crm/v3/objects/:type', typed(list));
  app.post('/crm/v3/objects/:type/search', typed(search));
  app.post('/crm/v3/objects/:type/batch/read', typed(batchRead));
}
