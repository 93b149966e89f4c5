import { createConnectorContext, type SyncResult } from '@tributary/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { LinkedInAdsSettings, type LinkedInAdsSettingsInput } from '../config.js';
import { readAnalytics } from '../analytics.js';
import { linkedinAds } from '../connector.js';
import { createLinkedInAdsSimulator, type LinkedInAdsSimulator, type LinkedInAdsSimulatorOptions } from '../sandbox/index.js';
import { linkedinAdsExpected } from '../testing/conformance-target.js';

const NOW = new Date('2026-10-14T20:30:00Z');

describe('LinkedIn Ads campaign_metrics on the declared dateWindows strategy', () => {
  let sim: LinkedInAdsSimulator;
  let accessToken: string;
  const setup = async (options: LinkedInAdsSimulatorOptions = {}) => {
    sim = createLinkedInAdsSimulator({ seed: 11, campaignsPerAccount: 5, now: () => NOW, ...options });
    accessToken = (await sim.linkedin.authorize()).access_token;
  };
  beforeEach(() => setup());

  const run = (settings: LinkedInAdsSettingsInput) => {
    const fetch: typeof globalThis.fetch = async (input, init) => sim.app.request(input instanceof Request ? input : String(input), init);
    const creds = { accessToken };
    const ctx = createConnectorContext(linkedinAds, creds, LinkedInAdsSettings.parse(settings), {
      baseUrl: 'http://linkedin.sim',
      fetch,
      now: () => NOW,
      http: { retries: 0 },
    });
    return async (cursor: string | null = null) => {
      const pages: SyncResult[] = [];
      for (let c = cursor; ;) {
        const result = await linkedinAds.sync(creds, c, { ...ctx, mode: 'incremental' });
        pages.push(result);
        c = result.cursor;
        if (!result.hasMore) return pages;
      }
    };
  };
  const ranges = () =>
    sim.requests
      .filter({ path: '/rest/adAnalytics' })
      .map((r) => /day:(\d+)\),end:\(year:\d+,month:(\d+),day:(\d+)/.exec(decodeURIComponent(r.query['dateRange']?.[0] ?? '')))
      .map((m) => `${m?.[1]}..${m?.[2]}-${m?.[3]}`);

  it('asks for a selected account', async () => {
    await expect(run({})()).rejects.toMatchObject({ kind: 'config', message: expect.stringMatching(/select an ad account/) });
  });

  it('stores every UTC campaign-day once, with names, cost in minor units, leads and conversions, sending the pinned headers', async () => {
    const pages = await run({ accountIds: [sim.accountId('us'), sim.accountId('eu')], initialDays: 10 })();
    const records = pages.flatMap((p) => p.records);
    const expected = linkedinAdsExpected(sim, ['us', 'eu'], '2026-10-05').channel_metric;
    expect(records.map((r) => String(r.derived?.['externalId'])).sort()).toEqual([...(expected?.keys() ?? [])].sort());
    const first = records[0];
    const want = expected?.get(String(first?.derived?.['externalId']));
    expect(first?.derived).toMatchObject({
      channel: 'linkedin_ads',
      campaign: want?.['campaign'],
      campaignId: want?.['campaignId'],
      cost: want?.['cost'],
      date: want?.['date'],
    });
    const api = sim.requests.all.filter((r) => r.path.startsWith('/rest/'));
    expect(new Set(api.map((r) => `${r.headers['linkedin-version']} ${r.headers['x-restli-protocol-version']}`))).toEqual(
      new Set(['202610 2.0.0']),
    );
  });

  it('declares each chunk complete and re-reads only the restatement window next time', async () => {
    const account = sim.accountId('us');
    const first = await run({ accountIds: [account], initialDays: 10, daysPerRequest: 7 })();
    expect(first.map((p) => p.complete)).toEqual([
      [{ stream: 'campaign_metrics', accountExternalId: account, from: '2026-10-05', to: '2026-10-11' }],
      [{ stream: 'campaign_metrics', accountExternalId: account, from: '2026-10-12', to: '2026-10-14' }],
    ]);
    sim.requests.clear();
    await run({ accountIds: [account], restatementDays: 3 })(first.at(-1)?.cursor ?? null);
    expect(ranges()).toEqual(['12..10-14']);
  });

  it('splits a chunk whose answer reaches the 15,000-element cap and reads each half again, keeping the chunk complete', async () => {
    // 700 campaigns x 30 days: more elements than one answer holds.
    await setup({ campaignsPerAccount: 700 });
    const account = sim.accountId('us');
    const pages = await run({ accountIds: [account], initialDays: 30, daysPerRequest: 30 })();
    expect(ranges()).toEqual(['15..10-14', '15..9-29', '30..10-14']);
    const ids = pages.flatMap((p) => p.records.map((r) => String(r.derived?.['externalId'])));
    const expected = [...(linkedinAdsExpected(sim, ['us'], '2026-09-15').channel_metric?.keys() ?? [])];
    expect(expected.length).toBeGreaterThan(15_000);
    expect(ids.sort()).toEqual(expected.sort());
    expect(pages[0]?.complete).toEqual([{ stream: 'campaign_metrics', accountExternalId: account, from: '2026-09-15', to: '2026-10-14' }]);
  }, 60_000);

  it('fails rather than store a truncated day when a single day reaches the cap', async () => {
    await setup({ elementCap: 2 });
    const fetch: typeof globalThis.fetch = async (input, init) => sim.app.request(input instanceof Request ? input : String(input), init);
    const ctx = createConnectorContext(linkedinAds, { accessToken }, LinkedInAdsSettings.parse({}), {
      baseUrl: 'http://linkedin.sim',
      fetch,
    });
    const read = readAnalytics(ctx.http, ctx.logger, sim.accountId('us'), '2026-10-13', '2026-10-14', 2);
    await expect(read).rejects.toMatchObject({ kind: 'vendor', vendorCode: 'element_cap' });
  });
});
