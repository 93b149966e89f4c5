import { customerId, StripeCharge } from '../api.js';
import type { StripeStream } from './stream.js';

/** `GET /v1/charges` (https://docs.stripe.com/api/charges/list) -> Charge (amounts already in minor units). */
export const charges: StripeStream = {
  name: 'charges',
  object: 'charge',
  path: '/v1/charges',
  query: {},
  schema: StripeCharge,
  derive: (c: StripeCharge) => ({
    customerEmail: c.billing_details?.email ?? c.receipt_email ?? undefined,
    customerExternalId: customerId(c.customer),
  }),
  eventTypes: [
    'charge.succeeded',
    'charge.failed',
    'charge.pending',
    'charge.captured',
    'charge.refunded',
    'charge.updated',
    'charge.expired',
  ],
};
