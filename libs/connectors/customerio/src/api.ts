import type { PaginationSpec } from '@tributary/core';
import { z } from 'zod';

/** The App API version every request speaks: it is in the path (https://docs.customer.io/integrations/api/app/). */
export const CUSTOMERIO_API_VERSION = 'v1';
/** The US host; EU workspaces use `api-eu.customer.io` (see config.ts `regionBase`). */
export const CUSTOMERIO_API_BASE = 'https://api.customer.io';
/** 10 requests a second for most App API calls; over it, 429. */
export const CUSTOMERIO_REQUESTS_PER_SECOND = 10;
/** `POST /v1/customers/attributes` takes at most 100 ids. */
export const ATTRIBUTES_BATCH = 100;
/** A delivery query spans at most 6 months (`start_ts`..`end_ts`): windows of 180 days stay inside it. */
export const MESSAGES_WINDOW_MS = 180 * 86_400_000;

/** Lists answer `next`, passed back as `start` (an empty string on the last page). */
export const customerioPaging = (itemsPath: string, pageSize: number): PaginationSpec => ({
  style: 'cursor',
  itemsPath,
  cursorParam: 'start',
  cursorPath: 'next',
  limitParam: 'limit',
  pageSize,
});

const text = z.string().nullable().optional();

/** The identifiers of a person: `id` (may be null), `email` (may be null), and `cio_id` (always). */
export const CustomerioIdentifiers = z.object({ id: text, email: text, cio_id: z.string().min(1) });
export type CustomerioIdentifiers = z.infer<typeof CustomerioIdentifiers>;

/** `POST /v1/customers`: `{identifiers, ids, next}`. */
export const CustomerioSearchPage = z.object({ identifiers: z.array(z.unknown()), ids: z.array(z.unknown()).optional(), next: text });

/** Attributes are strings (Customer.io stores them as text); `created_at` is unix seconds. */
export const CustomerioAttributes = z.record(z.string(), z.unknown());

/** One person of `POST /v1/customers/attributes`'s `customers`. */
export const CustomerioCustomer = z.object({
  id: text,
  identifiers: CustomerioIdentifiers.partial().optional(),
  attributes: CustomerioAttributes,
});
export type CustomerioCustomer = z.infer<typeof CustomerioCustomer>;
export const CustomerioCustomers = z.object({ customers: z.array(z.unknown()) });

/** Reporting metrics a delivery can carry (unix seconds each). */
export const CUSTOMERIO_METRICS = [
  'sent',
  'delivered',
  'opened',
  'clicked',
  'converted',
  'bounced',
  'spammed',
  'dropped',
  'failed',
  'unsubscribed',
  'undeliverable',
] as const;

/** A delivery of `GET /v1/messages`: times are unix seconds; `metrics` holds when each happened. */
export const CustomerioMessage = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  created: z.number().int().positive(),
  customer_id: text,
  customer_identifiers: CustomerioIdentifiers.partial().nullable().optional(),
  recipient: text,
  subject: text,
  campaign_id: z.number().int().nullable().optional(),
  broadcast_id: z.number().int().nullable().optional(),
  newsletter_id: z.number().int().nullable().optional(),
  action_id: z.number().int().nullable().optional(),
  failure_message: text,
  metrics: z.record(z.string(), z.number().int()),
});
export type CustomerioMessage = z.infer<typeof CustomerioMessage>;
export const CustomerioMessageList = z.object({ messages: z.array(z.unknown()), next: text });

/** App API errors: `{meta: {error}}` or `{meta: {errors: [...]}}` (inf.: seen in responses, not in the reference). */
export const CustomerioErrorBody = z.object({
  meta: z.object({ error: z.string().optional(), errors: z.array(z.string()).optional() }),
});
