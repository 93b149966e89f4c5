import { describe, expect, it } from 'vitest';
import { createCustomerioSimulator } from './sandbox/index.js';
import { signedHeaders, webhookSignature } from './signature.js';
import { verifyCustomerioWebhook } from './webhook.js';

const NOW = new Date('2026-11-20T12:00:00Z');
const KEY = 'customerio_test_signing_key_0000';
const event = {
  event_id: '01E4C4CT6YDC7Y5M7FE1GWWPQJ',
  object_type: 'email',
  metric: 'opened',
  timestamp: 1_763_640_000,
  data: {
    customer_id: 'user-7',
    identifiers: { id: 'user-7', email: 'ada@acme.example', cio_id: 'c10003000006' },
    email_address: 'ada@acme.example',
    delivery_id: 'dlv_3_0000006',
    campaign_id: 4,
    action_id: 12,
  },
};
const body = JSON.stringify(event);
const verify = (headers: Record<string, string>, text = body, key: string | undefined = KEY) =>
  verifyCustomerioWebhook(key, text, new Headers(headers), NOW);

describe('verifyCustomerioWebhook', () => {
  it('signs hex HMAC-SHA256 over v0:{timestamp}:{body}', () => {
    // Computed independently: printf 'v0:1:{}' | openssl dgst -sha256 -hmac key
    expect(webhookSignature('key', 1, '{}')).toBe('236beeb373582a83005d170cf7966f7bc1bc3d8e39280320817c04d7ea3fab6e');
  });

  it('turns an opened event into the activity a sync makes of it, with the event id for replay protection', () => {
    const delivery = verify(signedHeaders(KEY, NOW, body));
    expect(delivery.eventId).toBe(event.event_id);
    expect(delivery.rejected).toEqual([]);
    expect(delivery.records).toHaveLength(1);
    expect(delivery.records[0]).toMatchObject({
      stream: 'delivery_events',
      derived: {
        externalId: 'dlv_3_0000006:opened',
        type: 'email_opened',
        channel: 'email',
        occurredAt: new Date(event.timestamp * 1000).toISOString(),
        personExternalId: 'c10003000006',
        properties: { campaignId: 4, actionId: 12, broadcastId: null, recipient: 'ada@acme.example' },
      },
    });
  });

  it('stores a sent event under the delivery id, and a customer event (no delivery) as no record', () => {
    const sent = JSON.stringify({ ...event, metric: 'sent' });
    expect(verify(signedHeaders(KEY, NOW, sent), sent).records[0]?.derived?.['externalId']).toBe('dlv_3_0000006');
    const subscribed = JSON.stringify({
      event_id: '01X',
      object_type: 'customer',
      metric: 'subscribed',
      timestamp: 1,
      data: { customer_id: 'u' },
    });
    expect(verify(signedHeaders(KEY, NOW, subscribed), subscribed)).toEqual({ eventId: '01X', records: [], rejected: [] });
  });

  it('refuses a wrong signature, another key, a stale timestamp, missing headers, a non-JSON body and no configured key', () => {
    const headers = signedHeaders(KEY, NOW, body);
    expect(() => verify({ ...headers, 'X-CIO-Signature': 'ab'.repeat(32) })).toThrow(/does not match/);
    expect(() => verify(signedHeaders('another_signing_key_000000', NOW, body))).toThrow(/does not match/);
    expect(() => verify(headers, body.replace('opened', 'clicked'))).toThrow(/does not match/);
    expect(() => verify(signedHeaders(KEY, new Date(NOW.getTime() - 301_000), body))).toThrow(/tolerance/);
    expect(() => verify({})).toThrow(/Missing/);
    expect(() => verify(signedHeaders(KEY, NOW, 'nope'), 'nope')).toThrow(/not JSON/);
    expect(() => verifyCustomerioWebhook(undefined, body, new Headers(headers), NOW)).toThrow(/No webhook signing key/);
  });

  it("verifies the simulator's deliveries: one event per metric of a delivery, each with its own event id", () => {
    const sim = createCustomerioSimulator({ seed: 4, people: 20, messages: 30, now: () => NOW });
    const index = [...sim.messages.range()].find(([, m]) => m.metrics['opened'] !== undefined)?.[0] ?? 0;
    const deliveries = sim.webhookDeliveries([index]);
    const verified = deliveries.map((d) => verifyCustomerioWebhook(sim.webhookSigningKey, d.body, new Headers(d.headers), NOW));
    expect(new Set(verified.map((v) => v.eventId)).size).toBe(deliveries.length);
    expect(verified.map((v) => v.records[0]?.derived?.['type'])).toEqual(
      expect.arrayContaining(['email_sent', 'email_delivered', 'email_opened']),
    );
  });
});
