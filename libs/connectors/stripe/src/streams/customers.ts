import { defineStream } from '@tributary/core';
import { StripeCustomer } from '../api.js';
import { CREATED_SPLIT, listRequest } from './list.js';

/** Splits Stripe's single `name` into first and last name (last word is the last name). */
export function splitName(name: string | null | undefined): { firstName?: string; lastName?: string } {
  const parts = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return {};
  if (parts.length === 1) return { firstName: parts[0] as string };
  return { firstName: parts.slice(0, -1).join(' '), lastName: parts[parts.length - 1] as string };
}

/** `GET /v1/customers` (https://docs.stripe.com/api/customers/list) -> Person; deleted customers become tombstones. */
export const customers = defineStream({
  name: 'customers',
  entity: 'person',
  description: 'Customers (deleted customers become tombstones)',
  label: 'customer',
  object: 'customer',
  request: listRequest('/v1/customers'),
  schema: StripeCustomer,
  split: CREATED_SPLIT,
  incremental: { type: 'eventsReplay', feed: 'events' },
  derive: (c) => ({ ...splitName(c.name), kind: 'customer' }),
  isDeleted: (raw, { eventType }) => raw['deleted'] === true || eventType === 'customer.deleted',
});
