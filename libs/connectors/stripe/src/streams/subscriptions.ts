import { defineStream } from '@tributary/core';
import { customerId, StripeSubscription } from '../api.js';
import { isoAmount } from '../money.js';
import { CREATED_SPLIT, listRequest } from './list.js';

/**
 * `GET /v1/subscriptions?status=all` (https://docs.stripe.com/api/subscriptions/list;
 * without `status=all` canceled ones are left out) -> Activity `subscription`
 * with status, plan amount (minor units) and interval in its properties.
 *
 * The period end is read where the object's API version puts it: on the
 * subscription before 2025-03-31.basil, on the (first) item from basil on.
 * One of the two is always there (each is required in its version); should
 * neither be, `currentPeriodEnd` is left out rather than written as null.
 */
export const subscriptions = defineStream({
  name: 'subscriptions',
  entity: 'activity',
  description: 'Subscriptions in every status, as `subscription` activities',
  label: 'subscription',
  object: 'subscription',
  request: listRequest('/v1/subscriptions', { status: 'all' }),
  schema: StripeSubscription,
  split: CREATED_SPLIT,
  incremental: { type: 'eventsReplay', feed: 'events' },
  derive: (s) => {
    const item = s.items?.data[0];
    const price = item?.price;
    const periodEnd = s.current_period_end ?? item?.current_period_end;
    return {
      type: 'subscription',
      channel: 'payments',
      personExternalId: customerId(s.customer),
      properties: {
        status: s.status,
        priceId: price?.id ?? null,
        amount: price?.unit_amount != null ? isoAmount(price.unit_amount * (item?.quantity ?? 1), price.currency) : null,
        currency: price?.currency?.toUpperCase() ?? null,
        interval: price?.recurring?.interval ?? null,
        ...(periodEnd != null ? { currentPeriodEnd: periodEnd } : {}),
        canceledAt: s.canceled_at ?? null,
      },
    };
  },
});
