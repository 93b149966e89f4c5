import { defineStream, type PageWindow, type Query } from '@tributary/core';
import { CustomerioMessage, CustomerioMessageList, customerioPaging, MESSAGES_WINDOW_MS } from '../api.js';
import { lookbackMs, type CustomerioSettings } from '../config.js';
import { deliveryEvents, sourceIds } from './events.js';

const seconds = (iso: string): number => Math.floor(Date.parse(iso) / 1000);

/**
 * The `GET /v1/messages` query of one window: `start_ts`/`end_ts` in unix
 * seconds (the delivery's creation time), at most 6 months apart.
 *
 * @example
 * messagesQuery({ token: null, since: '2026-10-01T00:00:00.500Z', until: '2026-11-01T00:00:00Z' })
 * // { start_ts: 1790812800, end_ts: 1793491200 }
 */
export function messagesQuery(window: PageWindow): Query {
  return {
    start_ts: window.since ? seconds(window.since) : undefined,
    end_ts: window.until ? seconds(window.until) : undefined,
  };
}

/** A delivery -> Activity values: `email_sent` (or `sms_sent`, ...) when it was sent, else when it was created. */
export function deriveDelivery(m: CustomerioMessage): Record<string, unknown> {
  return {
    externalId: m.id,
    type: `${m.type}_sent`,
    channel: m.type,
    occurredAt: new Date((m.metrics['sent'] ?? m.created) * 1000).toISOString(),
    personExternalId: m.customer_identifiers?.cio_id ?? m.customer_id ?? undefined,
    properties: {
      deliveryId: m.id,
      metric: 'sent',
      recipient: m.recipient ?? null,
      subject: m.subject ?? null,
      failureMessage: m.failure_message ?? null,
      ...sourceIds(m),
    },
  };
}

/**
 * `GET /v1/messages` (https://docs.customer.io/integrations/api/app/) ->
 * Activity `{type}_sent`, with the delivery's later events as child
 * activities. Windows of 180 days walk forward from the last run; every run
 * re-reads the engagement lookback (opens and clicks land on older deliveries).
 */
export const deliveries = defineStream<CustomerioMessage, CustomerioSettings>({
  name: 'deliveries',
  entity: 'activity',
  description: 'Message deliveries (email, push, SMS, ...) with campaign or broadcast ids, as `email_sent` activities',
  label: 'delivery',
  request: (window) => ({ path: '/v1/messages', query: messagesQuery(window) }),
  pagination: customerioPaging('messages', 1000),
  response: CustomerioMessageList,
  schema: CustomerioMessage,
  incremental: {
    type: 'updatedSince',
    cursorField: 'created',
    format: 'unix',
    windowMs: MESSAGES_WINDOW_MS,
    overlapMs: (ctx) => lookbackMs(ctx.settings),
  },
  derive: (m) => deriveDelivery(m),
  children: [deliveryEvents],
});
