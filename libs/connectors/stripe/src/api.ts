import type { PaginationSpec } from '@tributary/core';
import { z } from 'zod';

/**
 * The Stripe API version every request pins (https://docs.stripe.com/api/versioning):
 * the version of the OpenAPI spec stripe-mock v0.197.0 validates against,
 * so the contract test can run it with `-strict-version-check`. Events still
 * arrive in the account's version (see the subscription schema).
 */
export const STRIPE_API_VERSION = '2025-09-30.clover';
export const STRIPE_API_BASE = 'https://api.stripe.com';
/** Lists take `limit` 1-100 (https://docs.stripe.com/api/pagination). */
export const STRIPE_PAGE_SIZE = 100;
/** Stripe list pagination: `limit` + `starting_after` = the last item's id, until `has_more` is false. */
export const STRIPE_PAGINATION: PaginationSpec = {
  style: 'cursor',
  itemsPath: 'data',
  cursorParam: 'starting_after',
  cursorPath: 'data.-1.id',
  hasMorePath: 'has_more',
  limitParam: 'limit',
  pageSize: STRIPE_PAGE_SIZE,
};

/** Stripe keeps events for 30 days (https://docs.stripe.com/api/events). */
export const STRIPE_EVENT_RETENTION_SECONDS = 30 * 24 * 3600;

/** A list envelope: `{object: "list", url, has_more, data}`, newest first. */
export const StripeList = z.object({
  object: z.literal('list'),
  has_more: z.boolean(),
  url: z.string().optional(),
  data: z.array(z.unknown()),
});
export type StripeList = z.infer<typeof StripeList>;

const unixSeconds = z.number().int().nonnegative();

// Item schemas check the fields the connector reads and strip the rest from
// the parsed copy (cheaper than copying every key); the record keeps the
// vendor's object untouched as its raw row.
// Ids are plain strings: Stripe's spec types every `id` as a string and the
// `object` field says what an object is. A charge a Connect account received
// from a destination charge is a payment with a `py_` id (its refunds `pyr_`),
// still `object: "charge"`; a prefix check would dead-letter that revenue.
const nullableString = z.string().nullable().optional();
const id = z.string().min(1);

export const StripeCustomer = z.object({
  id,
  object: z.literal('customer'),
  created: unixSeconds,
  email: nullableString,
  name: nullableString,
  phone: nullableString,
  description: nullableString,
});
export type StripeCustomer = z.infer<typeof StripeCustomer>;

/** What `GET /v1/customers/:id` and `customer.deleted` events return for a deleted customer. */
export const StripeDeletedCustomer = z.looseObject({ id: z.string(), object: z.literal('customer'), deleted: z.literal(true) });

export const StripeCharge = z.object({
  id,
  object: z.literal('charge'),
  amount: z.number().int(),
  amount_refunded: z.number().int(),
  currency: z.string().length(3),
  status: z.string(),
  created: unixSeconds,
  customer: z
    .union([z.string(), z.object({ id: z.string() })])
    .nullable()
    .optional(),
  receipt_email: nullableString,
  description: nullableString,
  billing_details: z.object({ email: nullableString }).nullable().optional(),
});
export type StripeCharge = z.infer<typeof StripeCharge>;

export const StripeRefund = z.object({
  id,
  object: z.literal('refund'),
  amount: z.number().int(),
  currency: z.string().length(3),
  charge: z.string().nullable().optional(),
  status: z.string().nullable().optional(),
  reason: nullableString,
  created: unixSeconds,
});
export type StripeRefund = z.infer<typeof StripeRefund>;

/**
 * A subscription in any API version: before 2025-03-31.basil its billing
 * period is on the subscription, from basil on on each item
 * (https://docs.stripe.com/changelog/basil/2025-03-31/deprecate-subscription-current-period-start-and-end).
 * Lists come in the pinned version, events in the account's version when
 * they were created, so both shapes arrive.
 */
export const StripeSubscription = z.object({
  id,
  object: z.literal('subscription'),
  customer: z.union([z.string(), z.object({ id: z.string() })]),
  status: z.string(),
  created: unixSeconds,
  current_period_end: unixSeconds.nullable().optional(),
  canceled_at: unixSeconds.nullable().optional(),
  items: z
    .object({
      data: z.array(
        z.object({
          quantity: z.number().int().nullable().optional(),
          current_period_end: unixSeconds.nullable().optional(),
          price: z
            .object({
              id: z.string(),
              unit_amount: z.number().int().nullable().optional(),
              currency: z.string(),
              recurring: z.object({ interval: z.string() }).nullable().optional(),
            })
            .nullable()
            .optional(),
        }),
      ),
    })
    .optional(),
});
export type StripeSubscription = z.infer<typeof StripeSubscription>;

export const StripeEvent = z.looseObject({
  id,
  object: z.literal('event'),
  type: z.string(),
  created: unixSeconds,
  data: z.looseObject({ object: z.looseObject({ id: z.string(), object: z.string() }) }),
});
export type StripeEvent = z.infer<typeof StripeEvent>;

/** `{error: {type, code, message, param, doc_url, decline_code}}` (https://docs.stripe.com/api/errors). */
export const StripeErrorBody = z.object({
  error: z.looseObject({
    type: z.string(),
    code: z.string().optional(),
    message: z.string().optional(),
    param: z.string().optional(),
  }),
});

/** The customer id of a charge or subscription, expanded or not. */
export function customerId(value: string | { id: string } | null | undefined): string | undefined {
  if (!value) return undefined;
  return typeof value === 'string' ? value : value.id;
}
