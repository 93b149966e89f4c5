import { defineStream } from '@tributary/core';
import { customerId, StripeCharge } from '../api.js';
import { isoAmount } from '../money.js';
import { CREATED_SPLIT, listRequest } from './list.js';

/** `GET /v1/charges` (https://docs.stripe.com/api/charges/list) -> Charge, amounts in ISO 4217 minor units (Stripe's ISK and MGA converted). */
export const charges = defineStream({
  name: 'charges',
  entity: 'charge',
  description: 'Charges with amounts in minor units, status and refunded amount',
  label: 'charge',
  object: 'charge',
  request: listRequest('/v1/charges'),
  schema: StripeCharge,
  split: CREATED_SPLIT,
  incremental: { type: 'eventsReplay', feed: 'events' },
  derive: (c) => ({
    amount: isoAmount(c.amount, c.currency),
    amountRefunded: isoAmount(c.amount_refunded, c.currency),
    customerEmail: c.billing_details?.email ?? c.receipt_email ?? undefined,
    customerExternalId: customerId(c.customer),
  }),
});
