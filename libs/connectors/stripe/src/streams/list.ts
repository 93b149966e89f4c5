import type { PageWindow, Query, SplitSpec } from '@tributary/core';

/** No Stripe object predates Stripe's launch (2011-01-01): the floor of every `created` split. */
const STRIPE_EPOCH = 1_293_840_000;

/** Lists are newest first by `created` (https://docs.stripe.com/api/pagination), so a walk splits by it. */
export const CREATED_SPLIT: SplitSpec = { field: 'created', order: 'desc', floor: STRIPE_EPOCH };

/**
 * A Stripe list request for one slice of a walk: `created[gte]` / `created[lt]`
 * bound the slice (https://docs.stripe.com/api/charges/list#list_charges-created).
 *
 * @example
 * listRequest('/v1/charges')({ token: null, range: { gte: 1_600_000_000, lt: 1_700_000_000 } })
 * // { path: '/v1/charges', query: { 'created[gte]': 1600000000, 'created[lt]': 1700000000 } }
 */
export function listRequest(path: string, query: Query = {}) {
  return (window: PageWindow) => ({
    path,
    query: { ...query, 'created[gte]': window.range?.gte, 'created[lt]': window.range?.lt },
  });
}
