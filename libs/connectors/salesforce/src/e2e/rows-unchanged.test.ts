import { pipelineHarness, rowsFixture, runSync, storedRows, type PipelineHarness } from '@tributary/conformance';
import type { RunningServer } from '@tributary/sandbox';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesforce } from '../connector.js';
import { createSalesforceSimulator, type SalesforceSimulator } from '../sandbox/index.js';

/**
 * The rows a full and an incremental sync store, recorded before the
 * connector moved onto core's declarative streams: the move must not
 * change a single stored value (fixture: fixtures/rows.json).
 */
const FIXTURE = fileURLToPath(new URL('./fixtures/rows.json', import.meta.url));
const NOW = new Date('2026-11-20T12:00:00Z');

describe('Salesforce stores the same rows as before the SDK move', () => {
  let sim: SalesforceSimulator;
  let api: RunningServer;
  let h: PipelineHarness;
  let id: string;

  beforeAll(async () => {
    sim = createSalesforceSimulator({
      seed: 11,
      accounts: 60,
      contacts: 80,
      leads: 40,
      opportunities: 50,
      tasks: 60,
      events: 30,
      pageSize: 50,
      now: () => NOW,
    });
    api = await sim.start();
    const connectionOptions = () => ({ baseUrl: api.url, http: { retryBaseMs: 5, retryCapMs: 50 }, now: () => NOW });
    h = await pipelineHarness([salesforce], { deps: { connectionOptions } });
    id = await h.connect('salesforce', { tokens: await sim.connect(api.url) });
  }, 120_000);
  afterAll(async () => {
    await h?.dispose();
    await api?.close();
  });

  it('after a full sync', async () => {
    expect(await runSync(h.deps, h.tenantId, id, { mode: 'full' })).toMatchObject({ status: 'completed' });
    const rows = await storedRows(h.db.prisma, { tenantId: h.tenantId, connectorId: id });
    expect(rows).toEqual(rowsFixture(FIXTURE, 'full', rows));
  }, 120_000);

  it('after vendor-side changes and an incremental sync', async () => {
    sim.mutate.update('Contact', 10);
    sim.mutate.update('Opportunity', 5);
    sim.mutate.create('Account', 2);
    sim.mutate.create('Task', 3);
    sim.mutate.delete('Lead', 2);
    sim.mutate.delete('Contact', 1);
    expect(await runSync(h.deps, h.tenantId, id, { mode: 'incremental' })).toMatchObject({ status: 'completed' });
    const rows = await storedRows(h.db.prisma, { tenantId: h.tenantId, connectorId: id });
    expect(rows).toEqual(rowsFixture(FIXTURE, 'incremental', rows));
  }, 120_000);
});
