import { createHmac, timingSafeEqual } from 'node:crypto';
import { ConfigError, eventsToRecords, ValidationError, type WebhookDelivery } from '@tributary/core';
import { StripeEvent } from './api.js';
import { eventObjects } from './events.js';
import { STREAMS } from './streams/index.js';

/** Stripe's default tolerance for the signature timestamp (either way). */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/**
 * Verify a Stripe webhook (https://docs.stripe.com/webhooks#verify-manually):
 * `Stripe-Signature: t=<unix>,v1=<hex>[,v1=...]`, HMAC-SHA256 over
 * `"{t}.{raw body}"` keyed with the endpoint secret (`whsec_...` used as a
 * plain string), timestamp within 300 s of now. Returns the event's id and
 * the records its object maps to.
 */
export function verifyStripeWebhook(secret: string | undefined, body: string, headers: Headers, now: Date): WebhookDelivery {
  if (!secret) throw new ConfigError('No webhook signing secret is configured for this Stripe connection');
  const header = headers.get('stripe-signature') ?? '';
  const parts = header.split(',').map((p) => p.trim().split('=') as [string, string]);
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  const signatures = parts.filter(([k]) => k === 'v1').map(([, v]) => v);
  if (!Number.isFinite(t) || signatures.length === 0) throw new ValidationError('Missing or malformed Stripe-Signature header');
  if (Math.abs(now.getTime() / 1000 - t) > WEBHOOK_TOLERANCE_SECONDS)
    throw new ValidationError('Stripe webhook timestamp is outside the 300-second tolerance');
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  const ok = signatures.some((s) => {
    const given = Buffer.from(s, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!ok) throw new ValidationError('Stripe webhook signature does not match');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new ValidationError('Stripe webhook body is not JSON');
  }
  const event = StripeEvent.safeParse(json);
  if (!event.success) throw new ValidationError('Stripe webhook body is not an event');
  const { events, rejected } = eventObjects([json]);
  const records = eventsToRecords(STREAMS, events, 'Stripe');
  return { eventId: event.data.id, records: records.records, rejected: [...rejected, ...records.rejected] };
}

/** Sign a payload as Stripe does (for tests and the sandbox). */
export function signStripeWebhook(secret: string, body: string, at: Date = new Date()): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}
