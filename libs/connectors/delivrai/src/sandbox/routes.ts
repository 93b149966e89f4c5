import { mountList, PagingError, type Dataset, type PagingSpec } from '@tributary/sandbox';
import type { Context, Hono } from 'hono';
import { DELIVRAI_EVENTS_PATH, EVENTS_PAGE_SIZE, EVENTS_WINDOW_MS } from '../api.js';
import { errorBody } from './errors.js';
import type { SimEvent } from './events.js';

/** `limit` (default 300) and `offset`; a limit over 1,000 is refused (inf.: the maximum is not documented). */
const paging: PagingSpec = { style: 'offset', cursorParam: 'offset', limitParam: 'limit', defaultLimit: EVENTS_PAGE_SIZE, maxLimit: 1000 };

function msParam(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d{1,15}$/.test(raw)) throw new PagingError(`${name} must be epoch milliseconds`, name);
  return Number(raw);
}

/** `start_ms` (inclusive) .. `end_ms` (exclusive), at most 25 hours apart; without them, the last 24 hours (inf.). */
export function windowOf(query: URLSearchParams, now: number): { from: number; to: number } {
  const to = msParam(query, 'end_ms', now);
  const from = msParam(query, 'start_ms', to - 24 * 3_600_000);
  if (to < from) throw new PagingError('end_ms must not be before start_ms', 'end_ms');
  if (to - from > EVENTS_WINDOW_MS) throw new PagingError('The time window must be at most 25 hours', 'start_ms');
  return { from, to };
}

export interface EventScope {
  organizationId: string;
  projectId: string;
  pixelId: string;
}

/** Whether the request's scope (`pixel_id|project_id|organization_id`, `x-organization-id`) is the key's own. */
function inScope(c: Context, query: URLSearchParams, scope: EventScope): boolean {
  const header = c.req.header('x-organization-id');
  const checks: [string | null | undefined, string][] = [
    [header, scope.organizationId],
    [query.get('organization_id'), scope.organizationId],
    [query.get('project_id'), scope.projectId],
    [query.get('pixel_id'), scope.pixelId],
  ];
  return checks.every(([given, own]) => given === null || given === undefined || given === own);
}

class ScopeError extends Error {}

/**
 * `GET /api/v1/events`: the key's events in the window, oldest first,
 * `limit`/`offset` paging with `total`; another organization's scope is 403.
 */
export function mountRoutes(app: Hono, events: Dataset<SimEvent>, scope: EventScope, now: () => Date): void {
  app.onError((error, c) => {
    if (error instanceof ScopeError) return c.json(errorBody(403, error.message), 403);
    throw error;
  });
  mountList(app, {
    path: DELIVRAI_EVENTS_PATH,
    paging,
    records: (c, query) => {
      if (!inScope(c, query, scope)) throw new ScopeError('The API key has no access to this organization, project or pixel');
      const { from, to } = windowOf(query, now().getTime());
      return [...events.range()].map(([, e]) => e).filter((e) => e.timestamp >= from && e.timestamp < to);
    },
    envelope: (page) => ({ events: page.items, total: page.total, limit: page.limit, offset: page.offset }),
    badRequest: (c, error) => c.json(errorBody(400, error.message), 400),
  });
  app.notFound((c) => c.json(errorBody(404, 'Not found'), 404));
}
