import { createConnectorContext } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { MetaAdsSettings } from './config.js';
import { metaAds } from './connector.js';
import { graphPath, readGraphList } from './requests.js';
import { createMetaAdsSimulator } from './sandbox/index.js';

const NOW = new Date('2026-10-14T20:30:00Z');

async function connect(publicUrl?: string) {
  const sim = createMetaAdsSimulator({ seed: 3, campaignsPerAccount: 6, now: () => NOW, ...(publicUrl ? { publicUrl } : {}) });
  const accessToken = (await sim.meta.authorize()).access_token;
  const fetch: typeof globalThis.fetch = async (input, init) => sim.app.request(input instanceof Request ? input : String(input), init);
  const ctx = createConnectorContext(metaAds, { accessToken }, MetaAdsSettings.parse({}), {
    baseUrl: 'http://meta.sim',
    fetch,
    http: { retries: 0 },
  });
  return { sim, ctx };
}

describe('readGraphList', () => {
  it('follows paging.next past short pages until it is absent, and returns every item once', async () => {
    const { sim, ctx } = await connect();
    const range = JSON.stringify({ since: '2026-10-01', until: '2026-10-10' });
    const query = { level: 'campaign', time_increment: 1, time_range: range, fields: 'campaign_id,date_start', limit: 7 };
    const rows = await readGraphList(ctx.http, { path: graphPath(`${sim.accountId('us')}/insights`), query });
    const expected = sim.data.rows('us', '2026-10-01', '2026-10-10');
    expect(rows.map((r) => JSON.stringify(r)).sort()).toEqual(
      expected.map((r) => JSON.stringify({ campaign_id: r.campaignId, date_start: r.date })).sort(),
    );
    const sizes = sim.requests.filter({ path: /insights$/ }).length;
    expect(sizes).toBeGreaterThan(Math.ceil(expected.length / 7));
  });

  it('refuses a next link to another host: the token never leaves the API host', async () => {
    // A simulator that believes it is reached elsewhere writes its next links there.
    const { ctx } = await connect('http://elsewhere.example');
    await expect(readGraphList(ctx.http, { path: graphPath('me/adaccounts'), query: { limit: 1, fields: 'id' } })).rejects.toMatchObject({
      kind: 'vendor',
      message: expect.stringMatching(/another host/),
    });
  });
});
