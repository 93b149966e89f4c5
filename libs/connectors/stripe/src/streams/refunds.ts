import { StripeRefund } from '../api.js';
import type { StripeStream } from './stream.js';

/**
 * `GET /v1/refunds` (https://docs.stripe.com/api/refunds/list) -> Activity
 * `refund` on the payments channel. The refunded total also lands on the
 * charge itself (`amount_refunded`).
 */
export const refunds: StripeStream = {
  name: 'refunds',
  object: 'refund',
  path: '/v1/refunds',
  query: {},
  schema: StripeRefund,
  derive: (r: StripeRefund) => ({
    type: 'refund',
    channel: 'payments',
    properties: {
      amount: r.amount,
      currency: r.currency.toUpperCase(),
      charge: r.charge ?? null,
      status: r.status ?? null,
      reason: r.reason ?? null,
    },
  }),
  eventTypes: ['charge.refund.updated', 'refund.created', 'refund.updated'],
};
