import type { Hono } from 'hono';
import { invalidRequest } from '../errors.js';
import { versionOf } from '../middleware.js';
import { render } from '../render.js';
import type { Params } from '../params.js';
import { datasetSource, type Store } from '../store.js';
import type { StripeSubscription } from '../types.js';
import { expandCustomer } from './lookups.js';
import { mountList } from './list-route.js';

const STATUSES = ['active', 'all', 'canceled', 'ended', 'incomplete', 'incomplete_expired', 'past_due', 'paused', 'trialing', 'unpaid'];

function statusFilter(status: string | undefined): (subscription: StripeSubscription) => boolean {
  // Stripe leaves canceled subscriptions out unless asked: the classic reason a sync "loses" churned customers.
  if (status === undefined) return (s) => s.status !== 'canceled';
  if (!STATUSES.includes(status)) {
    throw invalidRequest(`Invalid status: must be one of ${STATUSES.join(', ')}`, { param: 'status' });
  }
  if (status === 'all') return () => true;
  if (status === 'ended') return (s) => s.status === 'canceled';
  return (s) => s.status === status;
}

function subscriptionFilter({ filters }: Params): (subscription: StripeSubscription) => boolean {
  const byStatus = statusFilter(filters.status);
  const { customer } = filters;
  return (s) => byStatus(s) && (customer === undefined || s.customer === customer);
}

/**
 * `GET /v1/subscriptions`: excludes canceled subscriptions unless `status=all`
 * (or `canceled` / `ended`); filters `status`, `customer`; `expand[]=data.customer`.
 * https://docs.stripe.com/api/subscriptions/list
 */
export function mountSubscriptions(app: Hono, store: Store): void {
  mountList(app, {
    path: '/v1/subscriptions',
    spec: {
      list: true,
      filters: ['status', 'customer'],
      expandable: ['data.customer'],
      unsimulated: ['price', 'collection_method', 'current_period_start', 'current_period_end', 'test_clock', 'automatic_tax'],
    },
    source: datasetSource(store.subscriptions, store.world.ids.subscription, 'subscription'),
    where: subscriptionFilter,
    render: ({ item }, params, c) =>
      render(versionOf(c, store.world), params.expand.includes('data.customer') ? expandCustomer(store, item) : item),
  });
}
