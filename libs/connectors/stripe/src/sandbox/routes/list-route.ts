import type { Context, Hono } from 'hono';
import { listPage, type ListSource } from '../list.js';
import { parseParams, type ParamSpec, type Params } from '../params.js';
import type { StripeList } from '../types.js';

/** One Stripe list endpoint, described as data plus small hooks. */
export interface ListRoute<T> {
  path: string;
  spec: ParamSpec;
  source: ListSource<T>;
  /** A record filter built from the request's filters (undefined: keep everything). */
  where?: (params: Params) => ((item: T) => boolean) | undefined;
  /** Oldest `created` served (event retention). */
  minCreated?: () => number;
  /** How a record is served (API version, expansions, deliberately broken rows). */
  render?: (entry: { index: number; item: T }, params: Params, c: Context) => unknown;
}

/**
 * Mount `GET path` as a Stripe list: `{ object: 'list', url, has_more, data }`, newest first.
 *
 * @example
 * mountList(app, { path: '/v1/customers', spec: { list: true, filters: ['email'] }, source });
 */
export function mountList<T>(app: Hono, route: ListRoute<T>): void {
  app.get(route.path, (c) => {
    const params = parseParams(new URL(c.req.url).searchParams, route.spec);
    const page = listPage(route.source, {
      limit: params.limit,
      startingAfter: params.startingAfter,
      endingBefore: params.endingBefore,
      created: params.created,
      minCreated: route.minCreated?.(),
      where: route.where?.(params),
    });
    const body: StripeList<unknown> = {
      object: 'list',
      url: route.path,
      has_more: page.hasMore,
      data: page.items.map((entry) => (route.render ? route.render(entry, params, c) : entry.item)),
    };
    return c.json(body);
  });
}
