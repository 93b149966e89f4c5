import { signedHeaders } from '../signature.js';
import { renderMeeting } from './render.js';
import type { Store } from './store.js';
import type { SimDelivery, SimMeetingPart, SimWebhook } from './types.js';

function partsOf(webhook: SimWebhook): Set<SimMeetingPart> {
  const parts = new Set<SimMeetingPart>();
  if (webhook.include_transcript) parts.add('transcript');
  if (webhook.include_summary) parts.add('default_summary');
  if (webhook.include_action_items) parts.add('action_items');
  if (webhook.include_crm_matches) parts.add('crm_matches');
  return parts;
}

/**
 * The deliveries Fathom makes when a meeting's content is ready: one per
 * registered webhook, the meeting as its body (with the parts the webhook
 * asked for), signed the Standard Webhooks way with the webhook's secret.
 * `webhook-id` is the same for a redelivery of the same message. Every
 * webhook fires for every meeting (`triggered_for` is not simulated).
 */
export function deliveriesFor(store: Store, index: number, at: Date): SimDelivery[] {
  const meeting = store.meetings.get(index);
  if (!meeting) return [];
  return store.webhooks.map((webhook) => {
    const body = JSON.stringify(renderMeeting(meeting, partsOf(webhook), store.malformed.has(index)));
    const id = `msg_${webhook.id.slice(4)}_${meeting.recording_id}`;
    return { webhookId: webhook.id, url: webhook.url, body, headers: signedHeaders(webhook.secret, id, at, body) };
  });
}
