import { ConfigError, toRecords, ValidationError, type WebhookDelivery } from '@tributary/core';
import { z } from 'zod';
import { signatureMatches, WEBHOOK_TOLERANCE_SECONDS, webhookSignature } from './signature.js';
import { deliveryEvents, type CustomerioDeliveryEvent } from './streams/events.js';

const optionalId = z.number().int().nullable().optional();

/** A reporting webhook event (2°): what happened (`metric`) to which delivery, and whose. */
export const CustomerioReportingEvent = z.object({
  event_id: z.string().min(1),
  object_type: z.string().min(1),
  metric: z.string().min(1),
  timestamp: z.number().int().positive(),
  data: z.object({
    delivery_id: z.string().min(1).optional(),
    customer_id: z.string().nullable().optional(),
    identifiers: z.object({ id: z.string().nullable().optional(), cio_id: z.string().nullable().optional() }).partial().optional(),
    email_address: z.string().nullable().optional(),
    recipient: z.string().nullable().optional(),
    campaign_id: optionalId,
    broadcast_id: optionalId,
    newsletter_id: optionalId,
    action_id: optionalId,
  }),
});
export type CustomerioReportingEvent = z.infer<typeof CustomerioReportingEvent>;

function signedParts(headers: Headers): { timestamp: number; signature: string } {
  const stamp = headers.get('x-cio-timestamp')?.trim() ?? '';
  const signature = headers.get('x-cio-signature')?.trim();
  if (!signature || !/^\d{1,12}$/.test(stamp)) throw new ValidationError('Missing or malformed X-CIO-Timestamp or X-CIO-Signature header');
  return { timestamp: Number(stamp), signature };
}

function parseEvent(body: string): CustomerioReportingEvent {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new ValidationError('Customer.io webhook body is not JSON');
  }
  const parsed = CustomerioReportingEvent.safeParse(json);
  if (!parsed.success) throw new ValidationError('Customer.io webhook body is not a reporting event');
  return parsed.data;
}

/** A delivery's event as the sync's `delivery_events` stream reads it (null: not about a delivery, such as a subscription change). */
export function eventOf(e: CustomerioReportingEvent): CustomerioDeliveryEvent | null {
  if (!e.data.delivery_id) return null;
  return {
    delivery_id: e.data.delivery_id,
    metric: e.metric,
    timestamp: e.timestamp,
    channel: e.object_type,
    cio_id: e.data.identifiers?.cio_id ?? null,
    customer_id: e.data.customer_id ?? e.data.identifiers?.id ?? null,
    recipient: e.data.recipient ?? e.data.email_address ?? null,
    campaign_id: e.data.campaign_id ?? null,
    broadcast_id: e.data.broadcast_id ?? null,
    newsletter_id: e.data.newsletter_id ?? null,
    action_id: e.data.action_id ?? null,
  };
}

/**
 * Verify a Customer.io reporting webhook: `X-CIO-Signature` is the hex
 * HMAC-SHA256 of `"v0:{X-CIO-Timestamp}:{raw body}"` with the webhook's
 * signing key, compared in constant time; the timestamp must be within 5
 * minutes. A delivery event becomes the same activity a sync makes of it
 * (`email_opened`, id `{delivery_id}:opened`); `event_id` is returned so
 * a redelivery (Customer.io retries for up to 7 days) is ingested once.
 *
 * @example
 * verifyCustomerioWebhook(config.webhookSigningKey, body, request.headers, new Date()).records[0]?.derived?.['type'] // 'email_opened'
 */
export function verifyCustomerioWebhook(key: string | undefined, body: string, headers: Headers, now: Date): WebhookDelivery {
  if (!key) throw new ConfigError('No webhook signing key is configured for this Customer.io connection');
  const { timestamp, signature } = signedParts(headers);
  if (Math.abs(now.getTime() / 1000 - timestamp) > WEBHOOK_TOLERANCE_SECONDS) {
    throw new ValidationError('Customer.io webhook timestamp is outside the 5-minute tolerance');
  }
  if (!signatureMatches(signature, webhookSignature(key, timestamp, body))) {
    throw new ValidationError('Customer.io webhook signature does not match');
  }
  const event = parseEvent(body);
  const item = eventOf(event);
  const stream = { ...deliveryEvents, incremental: { type: 'fullRefresh' as const } };
  const { records, rejected } = item ? toRecords(stream, [item], {}, 'Customer.io') : { records: [], rejected: [] };
  return { eventId: event.event_id, records, rejected };
}
