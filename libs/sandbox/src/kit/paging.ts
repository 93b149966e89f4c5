/** A request's paging parameters could not be read: the vendor's 400. */
export class PagingError extends Error {
  constructor(
    message: string,
    readonly param: string,
  ) {
    super(message);
    this.name = 'PagingError';
  }
}

/**
 * How a vendor pages a list, as data:
 * - `cursor`: an opaque cursor of the position (HubSpot `after`, Fathom `cursor`, Customer.io `start`);
 * - `offset`: a numeric offset (GA4, Delivr.ai);
 * - `next_url`: the body carries the next page's full URL (Graph `@odata.nextLink`, Meta `paging.next`);
 *   the cursor rides in `cursorParam` of that URL.
 * `maxLimit` caps the page size (over it: a 400, unless `clampLimit`).
 */
export interface PagingSpec {
  style: 'cursor' | 'offset' | 'next_url';
  /** The query parameter holding the cursor or offset. */
  cursorParam: string;
  /** The page-size parameter; absent when the vendor's page size is fixed (Fathom: 10). */
  limitParam?: string;
  defaultLimit: number;
  maxLimit: number;
  /** Over `maxLimit`: serve `maxLimit` instead of a 400. */
  clampLimit?: boolean;
}

/** One page of a list, and where the next one starts. */
export interface ListPage<T> {
  items: T[];
  /** The next cursor (cursor and next_url styles: opaque; offset: the number), or null at the end. */
  next: string | null;
  offset: number;
  limit: number;
  total: number;
}

/** A short digest of a cursor's scope (FNV-1a), so a cursor names what it pages without carrying it. */
function digest(scope: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < scope.length; i++) h = Math.imul(h ^ scope.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

const encode = (offset: number, scope: string | undefined): string =>
  Buffer.from(scope === undefined ? `o:${offset}` : `o:${offset}:${digest(scope)}`).toString('base64url');
const decode = (cursor: string, param: string, scope: string | undefined): number => {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const [, offset, bound] = /^o:(\d+)(?::(\w+))?$/.exec(text) ?? [];
  const sameScope = (scope === undefined ? undefined : digest(scope)) === bound;
  if (offset === undefined || !sameScope) throw new PagingError(`Invalid value for ${param}: ${cursor}`, param);
  return Number(offset);
};

function limitOf(spec: PagingSpec, query: URLSearchParams): number {
  const raw = spec.limitParam ? query.get(spec.limitParam) : null;
  if (raw === null || raw === '') return spec.defaultLimit;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1)
    throw new PagingError(`${spec.limitParam} must be a positive integer`, spec.limitParam ?? 'limit');
  if (limit > spec.maxLimit && !spec.clampLimit) {
    throw new PagingError(`${spec.limitParam} must be at most ${spec.maxLimit}`, spec.limitParam ?? 'limit');
  }
  return Math.min(limit, spec.maxLimit);
}

function offsetOf(spec: PagingSpec, query: URLSearchParams, scope: string | undefined): number {
  const raw = query.get(spec.cursorParam);
  if (raw === null || raw === '') return 0;
  if (spec.style !== 'offset') return decode(raw, spec.cursorParam, scope);
  const offset = Number(raw);
  if (!Number.isInteger(offset) || offset < 0)
    throw new PagingError(`${spec.cursorParam} must be a non-negative integer`, spec.cursorParam);
  return offset;
}

/**
 * One page of an ordered list in the vendor's paging style. With a `scope`
 * (cursor and next_url styles), a cursor is only good for that scope: one
 * handed back with another (Google Ads `search`: a page token of another
 * query) is a PagingError, the vendor's 400.
 *
 * @example
 * const page = pageOf(records, new URL(c.req.url).searchParams, { style: 'cursor', cursorParam: 'after', limitParam: 'limit', defaultLimit: 10, maxLimit: 100 });
 * // { items, next: 'bzoxMA' | null, offset, limit, total }
 * pageOf(rows, params, { style: 'cursor', cursorParam: 'pageToken', defaultLimit: 10_000, maxLimit: 10_000 }, query);
 */
export function pageOf<T>(all: readonly T[], query: URLSearchParams, spec: PagingSpec, scope?: string): ListPage<T> {
  const limit = limitOf(spec, query);
  const offset = offsetOf(spec, query, scope);
  const end = offset + limit;
  const next = end < all.length ? (spec.style === 'offset' ? String(end) : encode(end, scope)) : null;
  return { items: all.slice(offset, end), next, offset, limit, total: all.length };
}

/**
 * The URL of the next page for the `next_url` style: the request's own URL
 * with the cursor replaced (query options are carried in the link, as Graph does).
 */
export function nextUrl(requestUrl: string, spec: PagingSpec, next: string | null): string | null {
  if (next === null) return null;
  const url = new URL(requestUrl);
  url.searchParams.set(spec.cursorParam, next);
  return url.toString();
}
