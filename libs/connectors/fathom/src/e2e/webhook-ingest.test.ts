import { diffStored, forTenant, ingestRecords, pipelineHarness, runSync, type PipelineHarness } from '@tributary/conformance';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fathom } from '../connector.js';
import { createFathomSimulator, type FathomSimulator, type SimDelivery } from '../sandbox/index.js';
import { fathomExpected } from '../testing/expected.js';

const server = process.env['TRIBUTARY_DB_TARGET'] === 'server';

/**
 * A Fathom webhook through the pipeline, as the gateway's
 * `POST /api/webhooks/fathom` runs it: the connector verifies the delivery
 * with the connection's secret and makes records of the meeting, which
 * `ingestRecords` maps, checks and stores; the event id makes a
 * redelivery a no-op.
 */
describe(`Fathom webhooks into the pipeline on ${server ? 'a PostgreSQL server' : 'PGlite'}`, () => {
  let sim: FathomSimulator;
  let api: RunningServer;
  let h: PipelineHarness;
  let id: string;
  let secret: string;

  const ingest = async (delivery: SimDelivery, now = new Date()) => {
    const verified = fathom.verifyWebhook?.(
      { apiKey: sim.apiKey, webhookSecret: secret },
      { body: delivery.body, headers: new Headers(delivery.headers) },
      now,
    );
    if (!verified) throw new Error('Fathom declares verifyWebhook');
    return ingestRecords(h.deps, h.tenantId, id, { ...verified, source: 'webhook' });
  };

  beforeAll(async () => {
    sim = createFathomSimulator({ seed: 31, meetings: 20 });
    api = await sim.start();
    h = await pipelineHarness([fathom], { server, deps: { connectionOptions: () => ({ baseUrl: api.url, http: { retryBaseMs: 5 } }) } });
    const created = await sim.app.request('/webhooks', {
      method: 'POST',
      headers: { 'X-Api-Key': sim.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({
        destination_url: 'https://tributary.test/api/webhooks/fathom',
        triggered_for: ['my_recordings'],
        include_summary: true,
      }),
    });
    secret = ((await created.json()) as { secret: string }).secret;
    id = await h.connect('fathom', { apiKey: sim.apiKey, webhookSecret: secret });
    expect(await runSync(h.deps, h.tenantId, id, { mode: 'full' })).toMatchObject({ status: 'completed' });
  }, 120_000);
  afterAll(async () => {
    await h?.dispose();
    await api?.close();
  });

  it('stores a new meeting, its participants and outside people from one delivery, and ignores its redelivery', async () => {
    const [recordingId] = sim.mutate.addMeetings(1);
    const [delivery] = sim.webhooks.deliveries([recordingId ?? 0]);
    if (!delivery) throw new Error('the simulator has a webhook registered');
    const first = await ingest(delivery);
    expect(first).toMatchObject({ status: 'applied', failed: 0 });
    expect(first.created).toBeGreaterThanOrEqual(4);
    const activities = await forTenant(h.db.prisma, h.tenantId).canonical.list('activity', id);
    const stored = activities.find((a) => a['externalId'] === String(recordingId));
    expect(stored?.['properties']).toMatchObject({ hasSummary: true });
    expect(await diffStored(h.db.prisma, { tenantId: h.tenantId, connectorId: id }, fathomExpected(sim))).toEqual([]);
    expect(await ingest(delivery)).toMatchObject({ status: 'replayed', created: 0, updated: 0 });
  }, 60_000);

  it('leaves the next incremental sync nothing new to store for a meeting the webhook brought (summary aside)', async () => {
    const outcome = await runSync(h.deps, h.tenantId, id, { mode: 'incremental' });
    expect(outcome).toMatchObject({ status: 'completed', created: 0 });
    // The sync reads metadata only: it rewrites the one activity whose webhook carried the summary.
    expect(outcome.updated).toBe(1);
  }, 60_000);

  it('refuses a tampered or stale delivery before anything is stored', async () => {
    const [recordingId] = sim.mutate.addMeetings(1);
    const [delivery] = sim.webhooks.deliveries([recordingId ?? 0]);
    if (!delivery) throw new Error('the simulator has a webhook registered');
    const tampered = { ...delivery, body: delivery.body.replace('"title":"', '"title":"Not ') };
    expect(tampered.body).not.toBe(delivery.body);
    await expect(ingest(tampered)).rejects.toMatchObject({ kind: 'validation' });
    await expect(ingest(delivery, new Date(Date.now() + 10 * 60_000))).rejects.toMatchObject({ kind: 'validation' });
    const activities = await forTenant(h.db.prisma, h.tenantId).canonical.list('activity', id);
    expect(activities.find((a) => a['externalId'] === String(recordingId))).toBeUndefined();
  }, 60_000);
});
