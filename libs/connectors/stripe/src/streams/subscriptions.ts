import { customerId, StripeSubscription } from '../api.js';
import type { StripeStream } from './stream.js';

/**
 * `GET /v1/subscriptions?status=all` (https://docs.stripe.com/api/subscriptions/list;
 * without `status=all` canceled ones are left out) -> Activity `subscription`
 * with status, plan amount (minor units) and interval in its properties.
 */
export const subscriptions: StripeStream = {
  name: 'subscriptions',
  object: 'subscription',
  path: '/v1/subscriptions',
  query: { status: 'all' },
  schema: StripeSubscription,
  derive: (s: StripeSubscription) => {
    const item = s.items?.data[0];
    const price = item?.price;
    return {
      type: 'subscription',
      channel: 'payments',
      personExternalId: customerId(s.customer),
      properties: {
        status: s.status,
        priceId: price?.id ?? null,
        amount: price?.unit_amount != null ? price.unit_amount * (item?.quantity ?? 1) : null,
        currency: price?.currency?.toUpperCase() ?? null,
        interval: price?.recurring?.interval ?? null,
        currentPeriodEnd: s.current_period_end ?? null,
        canceledAt: s.canceled_at ?? null,
      },
    };
  },
  eventTypes: [
    'customer.subscription.created',
    'customer.subscription.updated',
    'customer.subscription.deleted',
    'customer.subscription.paused',
    'customer.subscription.resumed',
  ],
};
