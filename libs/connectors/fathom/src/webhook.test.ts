import { isConnectorError } from '@tributary/core';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { signedHeaders, webhookSignature } from './signature.js';
import { meetingFixture } from './testing/fixtures.js';
import { verifyFathomWebhook } from './webhook.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const NOW = new Date('2026-11-20T12:00:00Z');
const body = JSON.stringify(meetingFixture());

/** Signed by the Standard Webhooks reference library, not by the code under test. */
function referenceHeaders(id: string, at: Date, payload = body, secret = SECRET): Headers {
  return new Headers({
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(id, at, payload),
  });
}

const failure = (fn: () => unknown): { kind: string; message: string } | undefined => {
  try {
    fn();
  } catch (error) {
    if (isConnectorError(error)) return { kind: error.kind, message: error.message };
    throw error;
  }
  return undefined;
};

describe('Fathom webhooks', () => {
  it('signs like the Standard Webhooks reference (its published test vector)', () => {
    expect(webhookSignature(SECRET, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}')).toBe(
      'g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    );
    const at = new Date();
    expect(new Webhook(SECRET).verify(body, signedHeaders(SECRET, 'msg_1', at, body))).toMatchObject({ recording_id: 123456789 });
  });

  it('accepts a delivery the reference library signed and turns the meeting into the records a sync makes', () => {
    const delivery = verifyFathomWebhook(SECRET, body, referenceHeaders('msg_2x2zwLOcWaRTzsLK8KtbQt1FTk9', NOW), NOW);
    expect(delivery.eventId).toBe('msg_2x2zwLOcWaRTzsLK8KtbQt1FTk9');
    expect(delivery.rejected).toEqual([]);
    expect(delivery.records.map((r) => r.stream)).toEqual([
      'meetings',
      ...Array<string>(6).fill('meeting_participants'),
      'meeting_invitees',
    ]);
    expect(delivery.records[0]?.derived).toMatchObject({ type: 'meeting', occurredAt: '2025-03-01T16:01:12Z' });
  });

  it('accepts any matching signature of a space-separated list (secret rotation)', () => {
    const headers = referenceHeaders('msg_1', NOW);
    headers.set('webhook-signature', `v1,bm90IGl0 ${headers.get('webhook-signature') ?? ''} v2,QVBJ`);
    expect(verifyFathomWebhook(SECRET, body, headers, NOW).eventId).toBe('msg_1');
  });

  it('refuses a changed body, another secret, a changed id, or only signatures of another version', () => {
    const headers = referenceHeaders('msg_1', NOW);
    expect(failure(() => verifyFathomWebhook(SECRET, body.replace('Quarterly', 'Monthly'), headers, NOW))).toEqual({
      kind: 'validation',
      message: 'Fathom webhook signature does not match',
    });
    const otherSecret = referenceHeaders('msg_1', NOW, body, 'whsec_QVBJS2V5Rm9yQW5vdGhlckVuZHBvaW50');
    expect(failure(() => verifyFathomWebhook(SECRET, body, otherSecret, NOW))?.kind).toBe('validation');
    headers.set('webhook-id', 'msg_2');
    expect(failure(() => verifyFathomWebhook(SECRET, body, headers, NOW))?.kind).toBe('validation');
    const v2 = referenceHeaders('msg_1', NOW);
    v2.set('webhook-signature', (v2.get('webhook-signature') ?? '').replace('v1,', 'v2,'));
    expect(failure(() => verifyFathomWebhook(SECRET, body, v2, NOW))?.kind).toBe('validation');
  });

  it('refuses a timestamp more than five minutes away, either way', () => {
    const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
    expect(verifyFathomWebhook(SECRET, body, referenceHeaders('msg_1', at(-300)), NOW).eventId).toBe('msg_1');
    expect(failure(() => verifyFathomWebhook(SECRET, body, referenceHeaders('msg_1', at(-301)), NOW))).toEqual({
      kind: 'validation',
      message: 'Fathom webhook timestamp is outside the 5-minute tolerance',
    });
    expect(failure(() => verifyFathomWebhook(SECRET, body, referenceHeaders('msg_1', at(301)), NOW))?.kind).toBe('validation');
  });

  it('refuses missing headers, and says so when the connection has no secret', () => {
    expect(failure(() => verifyFathomWebhook(SECRET, body, new Headers(), NOW))?.message).toMatch(/^Missing or malformed webhook-id/);
    const noStamp = referenceHeaders('msg_1', NOW);
    noStamp.set('webhook-timestamp', '2026-11-20T12:00:00Z');
    expect(failure(() => verifyFathomWebhook(SECRET, body, noStamp, NOW))?.kind).toBe('validation');
    expect(failure(() => verifyFathomWebhook(undefined, body, referenceHeaders('msg_1', NOW), NOW))?.kind).toBe('config');
  });

  it('refuses a body that is not JSON, and dead-letters one that is not a meeting', () => {
    expect(failure(() => verifyFathomWebhook(SECRET, 'nope', referenceHeaders('msg_1', NOW, 'nope'), NOW))?.message).toBe(
      'Fathom webhook body is not JSON',
    );
    const odd = JSON.stringify({ recording_id: 5, title: 'x' });
    const delivery = verifyFathomWebhook(SECRET, odd, referenceHeaders('msg_9', NOW, odd), NOW);
    expect(delivery.records).toEqual([]);
    expect(delivery.rejected).toEqual([expect.objectContaining({ stream: 'meetings', externalId: '5' })]);
  });
});
