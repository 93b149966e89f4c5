import { pipelineHarness, rowsFixture, runSync, storedRows, type PipelineHarness } from '@tributary/conformance';
import type { RunningServer } from '@tributary/sandbox';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { googleAds } from '../connector.js';
import { createGoogleAdsSimulator, type GoogleAdsSimulator } from '../sandbox/index.js';
import { conformanceSettings, tokenSetOf } from '../testing/conformance-target.js';

/**
 * The rows a full and an incremental sync store, recorded before the
 * connector moved onto core's declarative streams: the move must not
 * change a single stored value (fixture: fixtures/rows.json).
 */
const FIXTURE = fileURLToPath(new URL('./fixtures/rows.json', import.meta.url));
const NOW = new Date('2026-11-20T12:00:00Z');

describe('Google Ads stores the same rows as before the SDK move', () => {
  let sim: GoogleAdsSimulator;
  let api: RunningServer;
  let h: PipelineHarness;
  let id: string;

  beforeAll(async () => {
    sim = createGoogleAdsSimulator({ seed: 11, campaignsPerAccount: 5, now: () => NOW });
    api = await sim.start();
    const connectionOptions = () => ({ baseUrl: api.url, http: { retryBaseMs: 5, retryCapMs: 50 }, now: () => NOW });
    h = await pipelineHarness([googleAds], { deps: { connectionOptions } });
    id = await h.connect('google-ads', { tokens: tokenSetOf(await sim.google.authorize()) }, conformanceSettings(sim, 10));
  }, 120_000);
  afterAll(async () => {
    await h?.dispose();
    await api?.close();
  });

  it('after a full sync', async () => {
    const outcome = await runSync(h.deps, h.tenantId, id, { mode: 'full' });
    expect(outcome.error).toBeUndefined();
    expect(outcome.status).toBe('completed');
    const rows = await storedRows(h.db.prisma, { tenantId: h.tenantId, connectorId: id });
    expect(rows).toEqual(rowsFixture(FIXTURE, 'full', rows));
  }, 120_000);

  it('after restatements and an incremental sync', async () => {
    sim.restate({ customer: 'us', count: 6 });
    sim.restate({ customer: 'tokyo', count: 4 });
    sim.addCampaign('us', 'Launch - Search');
    expect(await runSync(h.deps, h.tenantId, id, { mode: 'incremental' })).toMatchObject({ status: 'completed' });
    const rows = await storedRows(h.db.prisma, { tenantId: h.tenantId, connectorId: id });
    expect(rows).toEqual(rowsFixture(FIXTURE, 'incremental', rows));
  }, 120_000);
});
