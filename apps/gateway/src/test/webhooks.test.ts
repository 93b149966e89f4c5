import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectStripe, type ConnectorView } from '../testing/documents.js';
import { startTestGateway, type TestGateway } from '../testing/harness.js';
import { syncSettled } from '../testing/wait.js';

let t: TestGateway;
let connector: ConnectorView;
const secret = `whsec_${randomBytes(16).toString('hex')}`;

beforeAll(async () => {
  t = await startTestGateway();
  connector = await connectStripe(t.admin.client, { apiKey: t.rt.sandboxes.get('stripe')?.apiKey ?? '', webhookSecret: secret });
  await syncSettled(t.rt, t.tenantId, connector.id);
});
afterAll(() => t.close());

/** Stripe's scheme, written from its docs (https://docs.stripe.com/webhooks#verify-manually), independently of the connector. */
const sign = (body: string, at: number, key = secret) => `t=${at},v1=${createHmac('sha256', key).update(`${at}.${body}`).digest('hex')}`;
const now = () => Math.floor(Date.now() / 1000);

/** A `charge.refunded` event for one synced charge, fully refunded. */
async function refundEvent(skip: number) {
  const [charge] = await t.rt.db.prisma.charge.findMany({
    where: { connectorId: connector.id, status: 'succeeded', amountRefunded: 0 },
    orderBy: { externalId: 'asc' },
    skip,
    take: 1,
  });
  if (!charge) throw new Error('No unrefunded charge to refund');
  const raw = charge.raw as Record<string, unknown>;
  const event = {
    id: `evt_${randomBytes(8).toString('hex')}`,
    object: 'event',
    type: 'charge.refunded',
    created: now(),
    data: { object: { ...raw, amount_refunded: raw['amount'], refunded: true } },
  };
  return { externalId: charge.externalId, amount: charge.amount, body: JSON.stringify(event) };
}

const deliver = (body: string, signature: string | null, connectorId = connector.id) =>
  t.anonymous.fetch(`/api/webhooks/stripe?connector=${connectorId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
    body,
  });
const refunded = async (externalId: string) =>
  (await t.rt.db.prisma.charge.findFirstOrThrow({ where: { connectorId: connector.id, externalId } })).amountRefunded;

describe('Stripe webhooks', () => {
  it('apply a correctly signed event to the charge', async () => {
    const event = await refundEvent(0);
    const response = await deliver(event.body, sign(event.body, now()));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'applied', updated: 1, failed: 0 });
    expect(await refunded(event.externalId)).toBe(event.amount);
  });

  it('refuse a bad or missing signature with 400 and change nothing', async () => {
    const event = await refundEvent(1);
    const forged = `whsec_${randomBytes(16).toString('hex')}`;
    expect((await deliver(event.body, sign(event.body, now(), forged))).status).toBe(400);
    expect((await deliver(event.body, null)).status).toBe(400);
    const tampered = event.body.replace('"refunded":true', '"refunded":false');
    expect((await deliver(tampered, sign(event.body, now()))).status).toBe(400);
    expect(await refunded(event.externalId)).toBe(0n);
  });

  it('refuse a timestamp more than 300 s off, in the past or the future', async () => {
    const event = await refundEvent(2);
    for (const offset of [-301, -3600, 301, 3600]) {
      const response = await deliver(event.body, sign(event.body, now() + offset));
      expect(response.status, `offset ${offset}`).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(/300-second tolerance/);
    }
    expect(await refunded(event.externalId)).toBe(0n);
    const late = await deliver(event.body, sign(event.body, now() - 240));
    expect(late.status).toBe(200);
    expect(await refunded(event.externalId)).toBe(event.amount);
  });

  it('ignore the same event id again: replayed, nothing changes', async () => {
    const event = await refundEvent(3);
    expect((await deliver(event.body, sign(event.body, now()))).status).toBe(200);
    const undo = event.body.replace(/"amount_refunded":\d+/, '"amount_refunded":0');
    expect(undo).not.toBe(event.body);
    const again = await deliver(undo, sign(undo, now()));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: 'replayed', created: 0, updated: 0 });
    expect(await refunded(event.externalId)).toBe(event.amount);
    expect(await t.rt.db.prisma.webhookEvent.count({ where: { connectorId: connector.id } })).toBe(3);
    expect(await t.rt.db.prisma.syncLog.count({ where: { connectorId: connector.id, syncType: 'webhook' } })).toBe(3);
  });

  it('leave a charge delivered exactly as synced identical to the synced row', async () => {
    const [charge] = await t.rt.db.prisma.charge.findMany({
      where: { connectorId: connector.id },
      orderBy: { externalId: 'asc' },
      skip: 10,
      take: 1,
    });
    if (!charge) throw new Error('No synced charge');
    const body = JSON.stringify({
      id: `evt_${randomBytes(8).toString('hex')}`,
      object: 'event',
      type: 'charge.updated',
      created: now(),
      data: { object: charge.raw },
    });
    const response = await deliver(body, sign(body, now()));
    expect(await response.json()).toMatchObject({ status: 'applied', created: 0, updated: 0, failed: 0 });
    expect(await t.rt.db.prisma.charge.findFirstOrThrow({ where: { connectorId: connector.id, externalId: charge.externalId } })).toEqual(
      charge,
    );
  });

  it('store a malformed row as a dead letter with its reason, counted in a webhook log that is not the last sync', async () => {
    const [charge] = await t.rt.db.prisma.charge.findMany({ where: { connectorId: connector.id }, take: 1 });
    const raw = { ...(charge?.raw as Record<string, unknown>), id: `ch_malformed_${randomBytes(4).toString('hex')}`, currency: 'u$d' };
    const body = JSON.stringify({
      id: `evt_${randomBytes(8).toString('hex')}`,
      object: 'event',
      type: 'charge.updated',
      created: now(),
      data: { object: raw },
    });
    const response = await deliver(body, sign(body, now()));
    expect(await response.json()).toMatchObject({ status: 'applied', created: 0, failed: 1 });
    const letter = await t.rt.db.prisma.deadLetter.findFirstOrThrow({ where: { connectorId: connector.id, externalId: raw.id } });
    expect(letter).toMatchObject({
      kind: 'record',
      stream: 'charges',
      reason: expect.stringMatching(/^currency: Invalid ISO 4217/),
      payload: raw,
    });
    const query = `query Logs($id: ID!) { connector(id: $id) { lastSync { syncType } syncLogs(first: 1) { edges { node { id syncType trigger recordsFailed } } } } }`;
    const { connector: view } = await t.admin.client.ok<{
      connector: {
        lastSync: { syncType: string };
        syncLogs: { edges: { node: { id: string; syncType: string; trigger: string; recordsFailed: number } }[] };
      };
    }>(query, { id: connector.id });
    expect(view.lastSync.syncType).toBe('full');
    expect(view.syncLogs.edges[0]?.node).toEqual({ id: letter.syncLogId, syncType: 'webhook', trigger: 'webhook', recordsFailed: 1 });
  });

  it('answer 404 for an unknown connector, without saying more', async () => {
    const event = await refundEvent(4);
    for (const id of [randomUUID(), 'not-a-uuid', '']) {
      const response = await deliver(event.body, sign(event.body, now()), id);
      expect(response.status, id).toBe(404);
      expect(await response.json()).toEqual({ error: 'Unknown webhook endpoint' });
    }
    const other = await t.anonymous.fetch(`/api/webhooks/hubspot?connector=${connector.id}`, {
      method: 'POST',
      headers: { 'stripe-signature': sign(event.body, now()) },
      body: event.body,
    });
    expect(other.status).toBe(404);
    expect(await refunded(event.externalId)).toBe(0n);
  });
});
