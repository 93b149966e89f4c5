import type { z } from 'zod';
import { VendorError } from '../errors/errors.js';
import { getPath } from '../util/path.js';
import type { HttpClient, HttpRequest } from './client.js';
import type { PaginationSpec } from './pagination-spec.js';

export interface Page<TBody> {
  items: unknown[];
  /** Cursor for the next page in the declared style, or null at the end. */
  next: string | null;
  body: TBody;
}

/**
 * Fetch one page in a declared pagination style, starting from `cursor`
 * (null for the first page).
 *
 * @example
 * const page = await fetchPage(http, { style: 'cursor', itemsPath: 'data', cursorParam: 'starting_after',
 *   cursorPath: 'data.-1.id', hasMorePath: 'has_more', limitParam: 'limit', pageSize: 100 }, { path: '/v1/customers' }, null);
 */
export async function fetchPage<TBody = unknown>(
  http: HttpClient,
  spec: PaginationSpec,
  request: HttpRequest,
  cursor: string | null,
  schema?: z.ZodType<TBody>,
): Promise<Page<TBody>> {
  const params: Record<string, string | number> = {};
  if ('limitParam' in spec && spec.limitParam && spec.pageSize) params[spec.limitParam] = spec.pageSize;
  let path = request.path;
  switch (spec.style) {
    case 'cursor':
      if (cursor !== null) params[spec.cursorParam] = cursor;
      break;
    case 'page_token':
      if (cursor !== null) params[spec.tokenParam] = cursor;
      break;
    case 'offset':
      params[spec.offsetParam] = cursor === null ? 0 : Number(cursor);
      break;
    case 'next_url':
      if (cursor !== null) path = cursor;
      break;
  }
  const nextUrlRequest = spec.style === 'next_url' && cursor !== null;
  const { data } = await http.request<TBody>({ ...request, path, ...placeParams(spec, request, params, nextUrlRequest) }, schema);
  const items = getPath(data, spec.itemsPath);
  if (!Array.isArray(items)) {
    throw new VendorError(`Expected an array at "${spec.itemsPath}" in the response`, { vendorCode: 'unexpected_response' });
  }
  return { items, next: nextCursor(spec, data, items, cursor), body: data };
}

/** The paging parameters in the query string, or at the top level of the JSON body (`paramsIn: 'json'`). */
function placeParams(
  spec: PaginationSpec,
  request: HttpRequest,
  params: Record<string, string | number>,
  nextUrlRequest: boolean,
): Pick<HttpRequest, 'query' | 'json'> {
  if (nextUrlRequest) return { query: {} };
  if (spec.style === 'next_url' || spec.paramsIn !== 'json') return { query: { ...request.query, ...params } };
  const body = request.json && typeof request.json === 'object' && !Array.isArray(request.json) ? request.json : {};
  return { json: { ...body, ...params } };
}

function nextCursor(spec: PaginationSpec, body: unknown, items: unknown[], cursor: string | null): string | null {
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null);
  switch (spec.style) {
    case 'cursor':
      if (spec.hasMorePath !== undefined && getPath(body, spec.hasMorePath) !== true) return null;
      return items.length === 0 ? null : str(getPath(body, spec.cursorPath));
    case 'page_token':
      return str(getPath(body, spec.tokenPath));
    case 'next_url':
      return str(getPath(body, spec.nextUrlPath));
    case 'offset': {
      const offset = (cursor === null ? 0 : Number(cursor)) + items.length;
      const total = spec.totalPath ? getPath(body, spec.totalPath) : undefined;
      if (typeof total === 'number') return offset < total ? String(offset) : null;
      return items.length < spec.pageSize ? null : String(offset);
    }
  }
}

/** Every page in order, for small listings (accounts, properties) rather than syncs. */
export async function* paginate<TBody = unknown>(
  http: HttpClient,
  spec: PaginationSpec,
  request: HttpRequest,
  schema?: z.ZodType<TBody>,
  maxPages = 1_000,
): AsyncGenerator<Page<TBody>> {
  let cursor: string | null = null;
  for (let i = 0; i < maxPages; i++) {
    const page: Page<TBody> = await fetchPage(http, spec, request, cursor, schema);
    yield page;
    if (page.next === null) return;
    cursor = page.next;
  }
}
