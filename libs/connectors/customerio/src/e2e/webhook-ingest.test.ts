import { diffStored, forTenant, ingestRecords, pipelineHarness, runSync, type PipelineHarness } from '@tributary/conformance';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerio } from '../connector.js';
import { createCustomerioSimulator, type CustomerioSimulator } from '../sandbox/index.js';
import { customerioExpected } from '../testing/expected.js';

const server = process.env['TRIBUTARY_DB_TARGET'] === 'server';

/**
 * Customer.io reporting webhooks through the pipeline, as the gateway's
 * webhook route runs them: verified with the connection's signing key, the
 * event becomes the same activity a sync makes of the delivery's metric, so
 * webhook and sync converge on one row; the event id makes a redelivery a no-op.
 */
describe(`Customer.io reporting webhooks into the pipeline on ${server ? 'a PostgreSQL server' : 'PGlite'}`, () => {
  let sim: CustomerioSimulator;
  let api: RunningServer;
  let h: PipelineHarness;
  let id: string;

  const ingest = async (delivery: { body: string; headers: Record<string, string> }, now = new Date()) => {
    const config = { apiKey: sim.apiKey, webhookSigningKey: sim.webhookSigningKey };
    const verified = customerio.verifyWebhook?.(config, { body: delivery.body, headers: new Headers(delivery.headers) }, now);
    if (!verified) throw new Error('Customer.io declares verifyWebhook');
    return ingestRecords(h.deps, h.tenantId, id, { ...verified, source: 'webhook' });
  };

  beforeAll(async () => {
    sim = createCustomerioSimulator({ seed: 41, people: 30, messages: 60 });
    api = await sim.start();
    h = await pipelineHarness([customerio], {
      server,
      deps: { connectionOptions: () => ({ baseUrl: api.url, http: { retryBaseMs: 5 } }) },
    });
    id = await h.connect('customerio', { apiKey: sim.apiKey, webhookSigningKey: sim.webhookSigningKey });
    expect(await runSync(h.deps, h.tenantId, id, { mode: 'full' })).toMatchObject({ status: 'completed' });
  }, 120_000);
  afterAll(async () => {
    await h?.dispose();
    await api?.close();
  });

  it('stores an open the webhook reports, ignores its redelivery, and the next sync finds nothing new', async () => {
    const [index] = sim.mutate.open(1);
    const deliveries = sim.webhookDeliveries([index ?? 0]);
    const opened = deliveries.find((d) => d.body.includes('"metric":"opened"'));
    if (!opened) throw new Error('an opened delivery has an opened event');
    expect(await ingest(opened)).toMatchObject({ status: 'applied', created: 1, failed: 0 });
    const deliveryId = sim.messages.get(index ?? 0)?.id;
    const activities = await forTenant(h.db.prisma, h.tenantId).canonical.list('activity', id);
    expect(activities.find((a) => a['externalId'] === `${deliveryId}:opened`)).toMatchObject({ type: 'email_opened', channel: 'email' });
    expect(await ingest(opened)).toMatchObject({ status: 'replayed', created: 0, updated: 0 });
    const outcome = await runSync(h.deps, h.tenantId, id, { mode: 'incremental' });
    expect(outcome).toMatchObject({ status: 'completed', created: 0 });
    expect(await diffStored(h.db.prisma, { tenantId: h.tenantId, connectorId: id }, customerioExpected(sim))).toEqual([]);
  }, 60_000);

  it('refuses a tampered or stale delivery before anything is stored', async () => {
    const [index] = sim.mutate.send(1);
    const [sent] = sim.webhookDeliveries([index ?? 0]);
    if (!sent) throw new Error('a sent delivery has a sent event');
    await expect(ingest({ ...sent, body: sent.body.replace('"metric":"sent"', '"metric":"clicked"') })).rejects.toMatchObject({
      kind: 'validation',
    });
    await expect(ingest(sent, new Date(Date.now() + 10 * 60_000))).rejects.toMatchObject({ kind: 'validation' });
    const activities = await forTenant(h.db.prisma, h.tenantId).canonical.list('activity', id);
    expect(activities.find((a) => a['externalId'] === sim.messages.get(index ?? 0)?.id)).toBeUndefined();
  }, 60_000);
});
