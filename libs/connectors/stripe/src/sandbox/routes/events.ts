import type { Hono } from 'hono';
import { invalidRequest } from '../errors.js';
import { eventTypeMatcher } from '../events.js';
import type { Params } from '../params.js';
import { eventSource, type Store } from '../store.js';
import type { StripeEvent } from '../types.js';
import { mountList } from './list-route.js';

function typeFilter({ filters, arrays }: Params): ((event: StripeEvent) => boolean) | undefined {
  const types = arrays.types;
  if (filters.type !== undefined && types !== undefined) {
    throw invalidRequest('You may only specify one of these parameters: type, types.', { param: 'types' });
  }
  if (types !== undefined && types.length > 20) throw invalidRequest('You may pass at most 20 types.', { param: 'types' });
  const patterns = types ?? (filters.type === undefined ? undefined : [filters.type]);
  if (patterns === undefined) return undefined;
  const matchers = patterns.map(eventTypeMatcher);
  return (event) => matchers.some((matches) => matches(event.type));
}

/**
 * `GET /v1/events`: `type` (with `*` wildcards), `types[]` (up to 20), `created`,
 * newest first, and only the last 30 days.
 * https://docs.stripe.com/api/events/list
 */
export function mountEvents(app: Hono, store: Store): void {
  mountList(app, {
    path: '/v1/events',
    spec: { list: true, filters: ['type'], arrays: ['types'], unsimulated: ['delivery_success'] },
    source: eventSource(store.events),
    where: typeFilter,
    minCreated: () => store.events.retainedFrom(),
  });
}
