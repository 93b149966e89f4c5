import { StripeCustomer } from '../api.js';
import type { StripeStream } from './stream.js';

/** Splits Stripe's single `name` into first and last name (last word is the last name). */
export function splitName(name: string | null | undefined): { firstName?: string; lastName?: string } {
  const parts = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return {};
  if (parts.length === 1) return { firstName: parts[0] as string };
  return { firstName: parts.slice(0, -1).join(' '), lastName: parts[parts.length - 1] as string };
}

/** `GET /v1/customers` (https://docs.stripe.com/api/customers/list) -> Person. */
export const customers: StripeStream = {
  name: 'customers',
  object: 'customer',
  path: '/v1/customers',
  query: {},
  schema: StripeCustomer,
  derive: (c: StripeCustomer) => ({ ...splitName(c.name), kind: 'customer' }),
  eventTypes: ['customer.created', 'customer.updated', 'customer.deleted'],
  isDeleted: (raw, eventType) => raw['deleted'] === true || eventType === 'customer.deleted',
};
