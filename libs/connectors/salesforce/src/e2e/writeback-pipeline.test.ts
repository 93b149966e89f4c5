import { computeEngagementScores } from '@tributary/core';
import type { RunningServer } from '@tributary/sandbox';
import { forTenant, pipelineHarness, runSync, runWriteback, type PipelineHarness } from '@tributary/conformance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesforce } from '../connector.js';
import { createSalesforceSimulator, type SalesforceSimulator } from '../sandbox/index.js';

const NOW = new Date('2025-06-01T00:00:00Z');

/** The platform's writeback (libs/sync runWriteback, run by both orchestrators) against the Salesforce simulator. */
describe('score writeback through the pipeline', () => {
  let sim: SalesforceSimulator;
  let api: RunningServer;
  let h: PipelineHarness;
  let connectorId: string;

  beforeAll(async () => {
    sim = createSalesforceSimulator({ seed: 17, accounts: 60, now: () => NOW, customFields: ['Tributary_Score__c'] });
    api = await sim.start();
    h = await pipelineHarness([salesforce], {
      server: process.env['TRIBUTARY_DB_TARGET'] === 'server',
      deps: { connectionOptions: () => ({ baseUrl: api.url }) },
    });
    connectorId = await h.connect('salesforce', { tokens: await sim.connect(api.url) }, { writeback: { enabled: false } });
    expect((await runSync(h.deps, h.tenantId, connectorId, { mode: 'full' })).status).toBe('completed');
  }, 120_000);
  afterAll(async () => {
    await h?.dispose();
    await api?.close();
  });

  it('is off until enabled in the settings (reads are read-only by default)', async () => {
    await expect(runWriteback(h.deps, h.tenantId, connectorId, NOW)).rejects.toMatchObject({ kind: 'config', message: /Writeback is off/ });
    expect(sim.writes.writes()).toHaveLength(0);
  });

  it('writes changed scores only, keeps per-record failures as dead letters, and retries them next time', async () => {
    await h.db.prisma.connector.update({ where: { id: connectorId }, data: { settings: { writeback: { enabled: true } } } });
    const activities = await h.db.prisma.activity.findMany({ where: { connectorId, deletedAt: null } });
    const failing = Object.keys(computeEngagementScores(activities, {}, NOW).people).slice(0, 2);
    expect(failing).toHaveLength(2);
    sim.writes.failRecords(failing);
    const first = await runWriteback(h.deps, h.tenantId, connectorId, NOW);
    expect(first.changed).toBeGreaterThan(10);
    expect(first.written + first.failed).toBe(first.changed);
    const failedIds = first.errors.map((e) => e.externalId);
    expect([...failedIds].sort()).toEqual([...failing].sort());
    const letters = await forTenant(h.db.prisma, h.tenantId).deadLetters.list(connectorId);
    expect(
      letters
        .filter((l) => l.stream === 'writeback')
        .map((l) => l.externalId)
        .sort(),
    ).toEqual([...failedIds].sort());
    expect(letters.find((l) => l.stream === 'writeback')?.reason).toMatch(/UNABLE_TO_LOCK_ROW/);
    const written = sim.writes.writes().length;
    expect(written).toBeGreaterThanOrEqual(first.written);

    sim.writes.clearFailures();
    const second = await runWriteback(h.deps, h.tenantId, connectorId, NOW);
    expect(second).toMatchObject({ changed: failedIds.length, written: failedIds.length, failed: 0 });

    const third = await runWriteback(h.deps, h.tenantId, connectorId, NOW);
    expect(third).toMatchObject({ changed: 0, written: 0 });
    expect(sim.writes.writes().length).toBe(written + failedIds.length);
  });
});
