import type { Context, Hono } from 'hono';
import { pageOf, PagingError, type ListPage, type PagingSpec } from './paging.js';

/** A vendor list endpoint, as data plus small hooks. */
export interface ListRoute<T> {
  method?: 'GET' | 'POST';
  path: string;
  paging: PagingSpec;
  /** Every record the request may see, in the vendor's order (filters applied). May throw the vendor's 400. */
  records(c: Context, query: URLSearchParams): readonly T[] | Promise<readonly T[]>;
  /** The response body of one page (the vendor's envelope). */
  envelope(page: ListPage<T>, c: Context): unknown;
  /** The vendor's 400 for a bad paging parameter. */
  badRequest(c: Context, error: PagingError): Response;
}

/**
 * Mount a list endpoint: records, paged in the vendor's style, in its
 * envelope. A POST list (search) reads its paging parameters from the JSON
 * body's top-level fields as well as the query.
 *
 * @example
 * mountList(app, { path: '/meetings', paging, records: () => store.meetings(), envelope: (p) => ({ items: p.items, next_cursor: p.next, limit: p.limit }), badRequest });
 */
export function mountList<T>(app: Hono, route: ListRoute<T>): void {
  const handler = async (c: Context) => {
    const query = new URL(c.req.url).searchParams;
    if (route.method === 'POST') {
      const body: unknown = await c.req.json().catch(() => ({}));
      if (body && typeof body === 'object') {
        for (const [key, value] of Object.entries(body))
          if (typeof value === 'string' || typeof value === 'number') query.set(key, String(value));
      }
    }
    try {
      const page = pageOf(await route.records(c, query), query, route.paging);
      return c.json(route.envelope(page, c) as object);
    } catch (error) {
      if (error instanceof PagingError) return route.badRequest(c, error);
      throw error;
    }
  };
  if (route.method === 'POST') app.post(route.path, handler);
  else app.get(route.path, handler);
}
