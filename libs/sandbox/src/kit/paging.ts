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

const encode = (offset: number): string => Buffer.from(`o:${offset}`).toString('base64url');
const decode = (cursor: string, param: string): number => {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = /^o:(\d+)$/.exec(text)?.[1];
  if (offset === undefined) throw new PagingError(`Invalid value for ${param}: ${cursor}`, param);
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

function offsetOf(spec: PagingSpec, query: URLSearchParams): number {
  const raw = query.get(spec.cursorParam);
  if (raw === null || raw === '') return 0;
  if (spec.style !== 'offset') return decode(raw, spec.cursorParam);
  const offset = Number(raw);
  if (!Number.isInteger(offset) || offset < 0)
    throw new PagingError(`${spec.cursorParam} must be a non-negative integer`, spec.cursorParam);
  return offset;
}

/**
 * One page of an ordered list in the vendor's paging style.
 *
 * @example
 * const page = pageOf(records, new URL(c.req.url).searchParams, { style: 'cursor', cursorParam: 'after', limitParam: 'limit', defaultLimit: 10, maxLimit: 100 });
 * // { items, next: 'bzoxMA' | null, offset, limit, total }
 */
export function pageOf<T>(all: readonly T[], query: URLSearchParams, spec: PagingSpec): ListPage<T> {
  const limit = limitOf(spec, query);
  const offset = offsetOf(spec, query);
  const end = offset + limit;
  const next = end < all.length ? (spec.style === 'offset' ? String(end) : encode(end)) : null;
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
