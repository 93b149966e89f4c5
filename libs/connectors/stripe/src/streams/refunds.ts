import { defineStream } from '@tributary/core';
import { StripeRefund } from '../api.js';
import { isoAmount } from '../money.js';
import { CREATED_SPLIT, listRequest } from './list.js';

/**
 * `GET /v1/refunds` (https://docs.stripe.com/api/refunds/list) -> Activity
 * `refund` on the payments channel. The refunded total also lands on the
 * charge itself (`amount_refunded`).
 */
export const refunds = defineStream({
  name: 'refunds',
  entity: 'activity',
  description: 'Refunds, as `refund` activities on the payments channel',
  label: 'refund',
  object: 'refund',
  request: listRequest('/v1/refunds'),
  schema: StripeRefund,
  split: CREATED_SPLIT,
  incremental: { type: 'eventsReplay', feed: 'events' },
  derive: (r) => ({
    type: 'refund',
    channel: 'payments',
    properties: {
      amount: isoAmount(r.amount, r.currency),
      currency: r.currency.toUpperCase(),
      charge: r.charge ?? null,
      status: r.status ?? null,
      reason: r.reason ?? null,
    },
  }),
});
