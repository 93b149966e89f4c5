import { pipelineHarness, rowsFixture, runSync, storedRows, type PipelineHarness } from '@tributary/conformance';
import type { RunningServer } from '@tributary/sandbox';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripe } from '../connector.js';
import { createStripeSimulator, type StripeSimulator } from '../sandbox/index.js';

/**
 * The rows a full and an incremental sync store, recorded before the
 * connector moved onto core's declarative streams: the move must not
 * change a single stored value (fixture: fixtures/rows.json).
 */
const FIXTURE = fileURLToPath(new URL('./fixtures/rows.json', import.meta.url));
const NOW = new Date('2026-11-20T12:00:00Z');

describe('Stripe stores the same rows as before the SDK move', () => {
  let sim: StripeSimulator;
  let api: RunningServer;
  let h: PipelineHarness;
  let id: string;

  beforeAll(async () => {
    sim = createStripeSimulator({
      seed: 11,
      customers: 60,
      charges: 240,
      refunds: 25,
      subscriptions: 30,
      malformedCharges: [5],
      now: () => NOW,
    });
    api = await sim.start();
    const connectionOptions = () => ({ baseUrl: api.url, http: { retryBaseMs: 5, retryCapMs: 50 }, now: () => NOW });
    h = await pipelineHarness([stripe], { deps: { connectionOptions } });
    id = await h.connect('stripe', { apiKey: sim.apiKey });
  }, 120_000);
  afterAll(async () => {
    await h?.dispose();
    await api?.close();
  });

  it('after a full sync', async () => {
    expect(await runSync(h.deps, h.tenantId, id, { mode: 'full' })).toMatchObject({ status: 'completed', failed: 1 });
    const rows = await storedRows(h.db.prisma, { tenantId: h.tenantId, connectorId: id });
    expect(rows).toEqual(rowsFixture(FIXTURE, 'full', rows));
  }, 120_000);

  it('after vendor-side changes and an incremental sync', async () => {
    sim.mutate.updateCharges(12);
    sim.mutate.addCharges(4);
    sim.mutate.updateCustomers(5);
    sim.mutate.addCustomers(3);
    sim.mutate.deleteCustomers(2);
    expect(await runSync(h.deps, h.tenantId, id, { mode: 'incremental' })).toMatchObject({ status: 'completed' });
    const rows = await storedRows(h.db.prisma, { tenantId: h.tenantId, connectorId: id });
    expect(rows).toEqual(rowsFixture(FIXTURE, 'incremental', rows));
  }, 120_000);
});
