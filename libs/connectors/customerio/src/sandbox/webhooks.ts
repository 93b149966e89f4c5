import type { SimMessage } from './messages.js';

/**
 * The reporting-webhook bodies of a delivery (2°): one event per metric,
 * `event_id` stable per (delivery, metric) so a redelivery carries the same id.
 */
export function reportingEvents(m: SimMessage): string[] {
  return Object.entries(m.metrics).map(([metric, timestamp]) =>
    JSON.stringify({
      event_id: `01${m.id.replace(/\W/g, '').toUpperCase()}${metric.toUpperCase()}`,
      object_type: m.type,
      metric,
      timestamp,
      data: {
        customer_id: m.customer_id,
        identifiers: m.customer_identifiers,
        email_address: m.recipient,
        recipient: m.recipient,
        delivery_id: m.id,
        action_id: m.action_id,
        ...(m.campaign_id !== null ? { campaign_id: m.campaign_id } : {}),
        ...(m.broadcast_id !== null ? { broadcast_id: m.broadcast_id } : {}),
        subject: m.subject,
      },
    }),
  );
}
