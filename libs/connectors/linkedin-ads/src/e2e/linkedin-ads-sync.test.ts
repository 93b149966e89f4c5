import { diffStored, pipelineHarness, runSync, type PipelineHarness } from '@tributary/conformance';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkedinAds } from '../connector.js';
import { createLinkedInAdsSimulator, type LinkedInAdsSimulator } from '../sandbox/index.js';
import { linkedinAdsExpected, shift, tokenSetOf } from '../testing/conformance-target.js';

const server = process.env['TRIBUTARY_DB_TARGET'] === 'server';
const KEYS = ['us', 'eu'];

describe(`LinkedIn Ads end to end on ${server ? 'a PostgreSQL server' : 'PGlite'}`, () => {
  let sim: LinkedInAdsSimulator;
  let api: RunningServer;
  let h: PipelineHarness;
  let connectorId: string;
  let start = '';
  const expected = () => linkedinAdsExpected(sim, KEYS, start);
  const where = () => ({ tenantId: h.tenantId, connectorId });
  const stamps = async () =>
    new Map(
      (await h.db.prisma.channelMetric.findMany({ where: { connectorId }, select: { externalId: true, updatedAt: true } })).map((r) => [
        r.externalId,
        r.updatedAt.getTime(),
      ]),
    );
  const sync = () => runSync(h.deps, h.tenantId, connectorId, { mode: 'incremental', retryBaseMs: 5, maxAttempts: 3 });

  beforeAll(async () => {
    sim = createLinkedInAdsSimulator({ seed: 41, campaignsPerAccount: 6 });
    api = await sim.start();
    h = await pipelineHarness([linkedinAds], {
      server,
      deps: { connectionOptions: () => ({ baseUrl: api.url, http: { retryBaseMs: 5, retryCapMs: 50 }, now: () => sim.store.clock.now() }) },
    });
    start = shift(sim.today(), -39);
    const settings = { accountIds: KEYS.map((k) => sim.accountId(k)), initialDays: 40, daysPerRequest: 14 };
    connectorId = await h.connect('linkedin-ads', { tokens: tokenSetOf(await sim.linkedin.authorize()) }, settings);
  }, 120_000);
  afterAll(async () => {
    await h?.dispose();
    await api?.close();
  });

  it('stores every UTC campaign-day of both accounts with campaign names, in each currency', async () => {
    const outcome = await runSync(h.deps, h.tenantId, connectorId, { mode: 'full', retryBaseMs: 5 });
    expect(outcome.error).toBeUndefined();
    expect(outcome).toMatchObject({ status: 'completed', failed: 0, created: expected().channel_metric?.size });
    expect(await diffStored(h.db.prisma, where(), expected())).toEqual([]);
  }, 120_000);

  it('a restated day (late Lead Gen Form leads) updates exactly that row on the next sync', async () => {
    const date = shift(sim.today(), -3);
    const [day] = sim.rows('us', date, date);
    const id = sim.restateDay('us', day?.campaignId ?? 0, date, { leads: (day?.leads ?? 0) + 2 });
    const before = await stamps();
    expect(await sync()).toMatchObject({ status: 'completed', created: 0, updated: 1, failed: 0 });
    const after = await stamps();
    expect([...after].filter(([key, at]) => before.get(key) !== at).map(([key]) => key)).toEqual([id]);
    expect(await diffStored(h.db.prisma, where(), expected())).toEqual([]);
  }, 120_000);

  it('a day later the new UTC day appears and recent days gain late conversions', async () => {
    sim.advanceDays(1);
    const outcome = await sync();
    expect(outcome).toMatchObject({ status: 'completed', failed: 0 });
    expect(outcome.created).toBeGreaterThan(0);
    expect(await diffStored(h.db.prisma, where(), expected())).toEqual([]);
  }, 120_000);

  // Last: a stored row LinkedIn no longer reports is not described by expected().
  it('a stored day LinkedIn no longer reports (no activity after all) is zeroed by the complete window', async () => {
    const date = shift(sim.today(), -4);
    const [day] = sim.rows('eu', date, date);
    const id = sim.restateDay('eu', day?.campaignId ?? 0, date, { impressions: 0, costMinor: 0 });
    expect(await sync()).toMatchObject({ status: 'completed', created: 0, updated: 1, failed: 0 });
    const zeroed = await h.db.prisma.channelMetric.findFirstOrThrow({ where: { connectorId, externalId: id } });
    expect(zeroed).toMatchObject({ impressions: 0n, clicks: 0n, leads: 0n, conversions: 0, cost: 0n, deletedAt: null });
  }, 120_000);
});
