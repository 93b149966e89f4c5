import { VendorError, type HttpClient, type HttpRequest } from '@tributary/core';
import type { z } from 'zod';
import { META_API_VERSION, MetaList } from './api.js';

/** Pages of one list a single read follows at most (500 rows a page: two and a half million rows). */
export const MAX_PAGES = 5_000;

/** `/{version}/{path}` on the Graph host. */
export const graphPath = (path: string): string => `/${META_API_VERSION}/${path.replace(/^\//, '')}`;

/** A `paging.next` link, followed only on the API's own host: it must never carry the token elsewhere. */
function sameHost(http: HttpClient, next: string): string {
  if (new URL(next).origin !== new URL(http.baseUrl).origin) {
    throw new VendorError(`Meta returned a next-page link on another host (${new URL(next).origin})`, {
      vendorCode: 'unexpected_response',
    });
  }
  return next;
}

/**
 * Every item of a Graph list: the first request, then `paging.next` until it
 * is absent. A short page is not the end, and cursors are not kept for later
 * (https://developers.facebook.com/docs/graph-api/results).
 *
 * @example
 * const accounts = await readGraphList(http, { path: graphPath('me/adaccounts'), query: { fields: 'id,name', limit: 100 } });
 */
export async function readGraphList(http: HttpClient, first: HttpRequest): Promise<unknown[]> {
  const items: unknown[] = [];
  let request: HttpRequest | undefined = first;
  for (let pages = 0; request; pages++) {
    if (pages === MAX_PAGES) throw new VendorError(`Meta kept returning next pages after ${MAX_PAGES} pages of ${first.path}`);
    const page: z.infer<typeof MetaList> = (await http.request(request, MetaList)).data;
    items.push(...page.data);
    const next: string | undefined = page.paging?.next;
    request = next ? { path: sameHost(http, next), ...(first.headers ? { headers: first.headers } : {}) } : undefined;
  }
  return items;
}
