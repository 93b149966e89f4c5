import { defineChild } from '@tributary/core';
import { z } from 'zod';
import type { CustomerioMessage } from '../api.js';

/**
 * One reporting event of a delivery (`email` `opened` at a time), the shape
 * both a synced delivery's metrics and a reporting webhook become, so both
 * store the same activity (`{delivery_id}:{metric}`).
 */
export const CustomerioDeliveryEvent = z.object({
  delivery_id: z.string().min(1),
  metric: z.string().min(1),
  /** Unix seconds. */
  timestamp: z.number().int().positive(),
  channel: z.string().min(1),
  cio_id: z.string().nullable().optional(),
  customer_id: z.string().nullable().optional(),
  recipient: z.string().nullable().optional(),
  campaign_id: z.number().int().nullable().optional(),
  broadcast_id: z.number().int().nullable().optional(),
  newsletter_id: z.number().int().nullable().optional(),
  action_id: z.number().int().nullable().optional(),
});
export type CustomerioDeliveryEvent = z.infer<typeof CustomerioDeliveryEvent>;

/** The activity id of a delivery's event: the delivery alone for `sent` (the delivery's own activity), else `{id}:{metric}`. */
export const eventExternalId = (deliveryId: string, metric: string): string => (metric === 'sent' ? deliveryId : `${deliveryId}:${metric}`);

/** What sent it: the campaign, broadcast, newsletter and action ids, when set. */
export function sourceIds(e: Pick<CustomerioDeliveryEvent, 'campaign_id' | 'broadcast_id' | 'newsletter_id' | 'action_id'>) {
  return {
    campaignId: e.campaign_id ?? null,
    broadcastId: e.broadcast_id ?? null,
    newsletterId: e.newsletter_id ?? null,
    actionId: e.action_id ?? null,
  };
}

/**
 * An event -> Activity values: `email_opened` on the `email` channel at the
 * event's time, linked to the person by `cio_id` (else their id).
 */
export function deriveEvent(e: CustomerioDeliveryEvent): Record<string, unknown> {
  return {
    externalId: eventExternalId(e.delivery_id, e.metric),
    type: `${e.channel}_${e.metric}`,
    channel: e.channel,
    occurredAt: new Date(e.timestamp * 1000).toISOString(),
    personExternalId: e.cio_id ?? e.customer_id ?? undefined,
    properties: { deliveryId: e.delivery_id, metric: e.metric, recipient: e.recipient ?? null, ...sourceIds(e) },
  };
}

/** A delivery's events after `sent` (which is the delivery's own activity), oldest first. */
export function messageEvents(m: CustomerioMessage): CustomerioDeliveryEvent[] {
  return Object.entries(m.metrics)
    .filter(([metric]) => metric !== 'sent')
    .sort(([a, x], [b, y]) => x - y || a.localeCompare(b))
    .map(([metric, timestamp]) => ({
      delivery_id: m.id,
      metric,
      timestamp,
      channel: m.type,
      cio_id: m.customer_identifiers?.cio_id ?? null,
      customer_id: m.customer_id ?? null,
      recipient: m.recipient ?? null,
      campaign_id: m.campaign_id ?? null,
      broadcast_id: m.broadcast_id ?? null,
      newsletter_id: m.newsletter_id ?? null,
      action_id: m.action_id ?? null,
    }));
}

/** A delivery's reporting events (delivered, opened, clicked, bounced...) as activities of their own. */
export const deliveryEvents = defineChild<CustomerioMessage, CustomerioDeliveryEvent>({
  name: 'delivery_events',
  entity: 'activity',
  description: 'What happened to a delivery after it was sent: delivered, opened, clicked, bounced, ...',
  label: 'delivery event',
  primaryKey: 'delivery_id',
  schema: CustomerioDeliveryEvent,
  items: (m) => messageEvents(m),
  derive: (e) => deriveEvent(e),
});
