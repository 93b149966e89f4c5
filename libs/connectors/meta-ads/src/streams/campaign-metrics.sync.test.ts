import { createConnectorContext, type SyncResult } from '@tributary/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { MetaAdsSettings, type MetaAdsSettingsInput } from '../config.js';
import { metaAds } from '../connector.js';
import { createMetaAdsSimulator, type MetaAdsSimulator, type MetaAdsSimulatorOptions } from '../sandbox/index.js';
import { metaAdsExpected } from '../testing/conformance-target.js';

// 20:30 UTC: already the 15th in Tokyo, still the 14th in Los Angeles.
const NOW = new Date('2026-10-14T20:30:00Z');

describe('Meta Ads campaign_metrics on the declared dateWindows strategy', () => {
  let sim: MetaAdsSimulator;
  let accessToken: string;
  const setup = async (options: MetaAdsSimulatorOptions = {}) => {
    sim = createMetaAdsSimulator({ seed: 11, campaignsPerAccount: 5, now: () => NOW, ...options });
    accessToken = (await sim.meta.authorize()).access_token;
  };
  beforeEach(() => setup());

  const run = (settings: MetaAdsSettingsInput) => {
    const fetch: typeof globalThis.fetch = async (input, init) => sim.app.request(input instanceof Request ? input : String(input), init);
    const creds = { accessToken };
    const ctx = createConnectorContext(metaAds, creds, MetaAdsSettings.parse(settings), {
      baseUrl: 'http://meta.sim',
      fetch,
      now: () => NOW,
      http: { retries: 0 },
    });
    const page = (cursor: string | null) => metaAds.sync(creds, cursor, { ...ctx, mode: 'incremental' });
    return {
      page,
      async all(cursor: string | null = null) {
        const pages: SyncResult[] = [];
        for (let c = cursor; ;) {
          const result = await page(c);
          pages.push(result);
          c = result.cursor;
          if (!result.hasMore) return pages;
        }
      },
    };
  };
  const ranges = () =>
    sim.requests
      .filter({ path: /\/act_\d+\/insights$/ })
      .filter((r) => r.method === 'GET' && !r.query['after'])
      .map((r) => JSON.parse(r.query['time_range']?.[0] ?? '{}') as { since: string; until: string })
      .map((t) => `${t.since}..${t.until}`);

  it('fails with a config error asking to select an account when none is selected', async () => {
    await expect(run({}).page(null)).rejects.toMatchObject({ kind: 'config', message: expect.stringMatching(/select an ad account/) });
  });

  it("computes each account's range in its own time zone and stores every row once, with pages of 500", async () => {
    const settings = { accountIds: [sim.accountId('us'), sim.accountId('jp')], initialDays: 3 };
    const pages = await run(settings).all();
    expect(ranges().sort()).toEqual(['2026-10-12..2026-10-14', '2026-10-13..2026-10-15']);
    const ids = pages.flatMap((p) => p.records.map((r) => String(r.derived?.['externalId'])));
    const expected = metaAdsExpected(sim, ['us', 'jp'], (k) => (k === 'us' ? '2026-10-12' : '2026-10-13')).channel_metric;
    expect(ids.sort()).toEqual([...(expected?.keys() ?? [])].sort());
    const insights = sim.requests.filter({ path: /\/insights$/ });
    expect(new Set(insights.map((r) => r.query['limit']?.[0]))).toEqual(new Set(['500']));
  });

  it('reads one chunk per page, declares each chunk complete, and re-reads only the restatement window next time', async () => {
    const account = sim.accountId('jp');
    const first = await run({ accountIds: [account], initialDays: 10, daysPerRequest: 7 }).all();
    expect(first.map((p) => p.complete)).toEqual([
      [{ stream: 'campaign_metrics', accountExternalId: account, from: '2026-10-06', to: '2026-10-12' }],
      [{ stream: 'campaign_metrics', accountExternalId: account, from: '2026-10-13', to: '2026-10-15' }],
    ]);
    sim.requests.clear();
    await run({ accountIds: [account], initialDays: 10, restatementDays: 4 }).all(first.at(-1)?.cursor ?? null);
    expect(ranges()).toEqual(['2026-10-12..2026-10-15']);
  });

  it('derives cost in minor units of the account currency and leads and conversions from the chosen action types', async () => {
    const pages = await run({ accountIds: [sim.accountId('us')], initialDays: 5, conversionActionTypes: ['omni_purchase'] }).all();
    const record = pages.flatMap((p) => p.records).find((r) => Number(r.derived?.['leads']) > 0);
    const raw = record?.raw as { spend: string; actions: Array<{ action_type: string; value: string }> };
    const value = (type: string) => Number(raw.actions.find((a) => a.action_type === type)?.value ?? 0);
    expect(record?.derived).toMatchObject({
      channel: 'meta_ads',
      accountExternalId: sim.accountId('us'),
      currency: 'USD',
      cost: Math.round(Number(raw.spend) * 100),
      leads: value('lead'),
      conversions: value('omni_purchase'),
    });
  });

  it('falls back to the async report run when the synchronous call asks for too much data', async () => {
    await setup({ syncRowLimit: 20 });
    const account = sim.accountId('eu');
    const pages = await run({ accountIds: [account], initialDays: 10, daysPerRequest: 10 }).all();
    const methods = sim.requests.all
      .filter((r) => r.path.includes('/insights') || /\/v26\.0\/\d+$/.test(r.path))
      .map((r) => `${r.method} ${r.path.replace(/\d{12,}/g, 'N')}`);
    expect(methods.slice(0, 5)).toEqual([
      'GET /v26.0/act_N/insights',
      'POST /v26.0/act_N/insights',
      'GET /v26.0/N',
      'GET /v26.0/N',
      'GET /v26.0/N',
    ]);
    expect(methods).toContain('GET /v26.0/N/insights');
    const stored = pages.flatMap((p) => p.records.map((r) => String(r.derived?.['externalId'])));
    expect(stored.sort()).toEqual([...(metaAdsExpected(sim, ['eu'], '2026-10-05').channel_metric?.keys() ?? [])].sort());
    expect(pages[0]?.complete).toEqual([{ stream: 'campaign_metrics', accountExternalId: account, from: '2026-10-05', to: '2026-10-14' }]);
  }, 20_000);
});
