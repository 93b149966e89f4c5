import { diffStored, pipelineHarness, runSync, type PipelineHarness } from '@tributary/conformance';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metaAds } from '../connector.js';
import { createMetaAdsSimulator, type MetaAdsSimulator } from '../sandbox/index.js';
import { metaAdsExpected, shift, tokenSetOf } from '../testing/conformance-target.js';

const server = process.env['TRIBUTARY_DB_TARGET'] === 'server';
const KEYS = ['us', 'eu', 'jp'];
const INITIAL_DAYS = 40;

describe(`Meta Ads end to end on ${server ? 'a PostgreSQL server' : 'PGlite'}`, () => {
  let sim: MetaAdsSimulator;
  let api: RunningServer;
  let h: PipelineHarness;
  let connectorId: string;
  const starts = new Map<string, string>();
  const expected = () => metaAdsExpected(sim, KEYS, (key) => starts.get(key) ?? '');
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
    // A small synchronous limit: the larger chunks go through the async report run.
    sim = createMetaAdsSimulator({ seed: 31, campaignsPerAccount: 6, syncRowLimit: 60, asyncPolls: 1 });
    api = await sim.start();
    h = await pipelineHarness([metaAds], {
      server,
      deps: { connectionOptions: () => ({ baseUrl: api.url, http: { retryBaseMs: 5, retryCapMs: 50 }, now: () => sim.data.now() }) },
    });
    for (const key of KEYS) starts.set(key, shift(sim.data.today(key), 1 - INITIAL_DAYS));
    const settings = { accountIds: KEYS.map((k) => sim.accountId(k)), initialDays: INITIAL_DAYS, daysPerRequest: 20 };
    connectorId = await h.connect('meta-ads', { tokens: tokenSetOf(await sim.meta.authorize()) }, settings);
  }, 120_000);
  afterAll(async () => {
    await h?.dispose();
    await api?.close();
  });

  it("stores every campaign-day of the accounts in each account's time zone and currency, some chunks through async runs", async () => {
    const outcome = await runSync(h.deps, h.tenantId, connectorId, { mode: 'full', retryBaseMs: 5 });
    expect(outcome.error).toBeUndefined();
    expect(outcome).toMatchObject({ status: 'completed', failed: 0, created: expected().channel_metric?.size });
    expect(await diffStored(h.db.prisma, where(), expected())).toEqual([]);
    expect(sim.requests.filter({ method: 'POST', path: /\/insights$/ }).length).toBeGreaterThan(0);
    const yen = await h.db.prisma.channelMetric.findFirstOrThrow({ where: { connectorId, accountExternalId: sim.accountId('jp') } });
    expect(yen.currency).toBe('JPY');
  }, 120_000);

  it('a restated day (late leads, a spend refund) updates exactly that row on the next sync', async () => {
    const date = shift(sim.data.today('us'), -3);
    const [day] = sim.data.rows('us', date, date);
    const id = sim.restateDay('us', day?.campaignId ?? '', date, {
      leads: (day?.leads ?? 0) + 4,
      spendMinor: Math.round((day?.spendMinor ?? 0) / 2),
    });
    const before = await stamps();
    expect(await sync()).toMatchObject({ status: 'completed', created: 0, updated: 1, failed: 0 });
    const after = await stamps();
    expect([...after].filter(([key, at]) => before.get(key) !== at).map(([key]) => key)).toEqual([id]);
    expect(await diffStored(h.db.prisma, where(), expected())).toEqual([]);
  }, 120_000);

  it('a day later, recent days gain late leads and the new day appears', async () => {
    sim.advanceDays(1);
    const outcome = await sync();
    expect(outcome).toMatchObject({ status: 'completed', failed: 0 });
    expect(outcome.created).toBeGreaterThan(0);
    expect(await diffStored(h.db.prisma, where(), expected())).toEqual([]);
  }, 120_000);

  // Last: from here on a stored row exists that Meta no longer reports, which expected() alone does not describe.
  it('a stored day Meta no longer reports (no valid delivery) is zeroed by the complete window', async () => {
    const date = shift(sim.data.today('eu'), -4);
    const [day] = sim.data.rows('eu', date, date);
    const id = sim.invalidateDay('eu', day?.campaignId ?? '', date);
    expect(await sync()).toMatchObject({ status: 'completed', created: 0, updated: 1, failed: 0 });
    const zeroed = await h.db.prisma.channelMetric.findFirstOrThrow({ where: { connectorId, externalId: id } });
    expect(zeroed).toMatchObject({ impressions: 0n, clicks: 0n, leads: 0n, conversions: 0, cost: 0n, deletedAt: null });
  }, 120_000);
});
