import { ConfigError, toRecords, ValidationError, type WebhookDelivery } from '@tributary/core';
import { signatureMatches, WEBHOOK_TOLERANCE_SECONDS, webhookSignature } from './signature.js';
import { meetings } from './streams/index.js';

/** The signed headers of a delivery, or a validation error saying which is missing. */
function signedParts(headers: Headers): { id: string; timestamp: number; signature: string } {
  const id = headers.get('webhook-id')?.trim();
  const stamp = headers.get('webhook-timestamp')?.trim() ?? '';
  const signature = headers.get('webhook-signature')?.trim();
  if (!id || !signature || !/^\d{1,12}$/.test(stamp)) {
    throw new ValidationError('Missing or malformed webhook-id, webhook-timestamp or webhook-signature header');
  }
  return { id, timestamp: Number(stamp), signature };
}

function parseBody(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw new ValidationError('Fathom webhook body is not JSON');
  }
}

/**
 * Verify a Fathom webhook (https://developers.fathom.ai/webhooks, Standard
 * Webhooks): `webhook-signature` holds space-separated `v1,<base64>`
 * signatures, HMAC-SHA256 over `"{webhook-id}.{webhook-timestamp}.{raw body}"`
 * keyed with the base64-decoded secret after `whsec_`, compared in constant
 * time; the timestamp must be within 5 minutes of now. The body is a
 * meeting: it becomes the same records a sync makes of it (the meeting, its
 * participants, its external invitees). `webhook-id` is the event id, so a
 * redelivery is recognised and ingested once.
 *
 * @example
 * const delivery = verifyFathomWebhook(config.webhookSecret, body, request.headers, new Date());
 * delivery.records.map((r) => r.stream) // ['meetings', 'meeting_participants', ..., 'meeting_invitees']
 */
export function verifyFathomWebhook(secret: string | undefined, body: string, headers: Headers, now: Date): WebhookDelivery {
  if (!secret) throw new ConfigError('No webhook secret is configured for this Fathom connection');
  const { id, timestamp, signature } = signedParts(headers);
  if (Math.abs(now.getTime() / 1000 - timestamp) > WEBHOOK_TOLERANCE_SECONDS) {
    throw new ValidationError('Fathom webhook timestamp is outside the 5-minute tolerance');
  }
  if (!signatureMatches(signature, webhookSignature(secret, id, timestamp, body))) {
    throw new ValidationError('Fathom webhook signature does not match');
  }
  const { records, rejected } = toRecords(meetings, [parseBody(body)], {}, 'Fathom');
  return { eventId: id, records, rejected };
}
