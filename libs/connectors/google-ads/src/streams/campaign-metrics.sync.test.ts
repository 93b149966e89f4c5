import { createConnectorContext, type SyncResult } from '@tributary/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { GoogleAdsSettings, type GoogleAdsSettingsInput } from '../config.js';
import { googleAds } from '../connector.js';
import { createGoogleAdsSimulator, type GoogleAdsSimulator } from '../sandbox/index.js';

// 20:30 UTC: already the 15th in Tokyo, still the 14th in New York.
const NOW = new Date('2026-10-14T20:30:00Z');

describe('Google Ads campaign_metrics on the declared dateWindows strategy', () => {
  let sim: GoogleAdsSimulator;
  let accessToken: string;
  beforeEach(async () => {
    sim = createGoogleAdsSimulator({ seed: 11, campaignsPerAccount: 4, now: () => NOW });
    accessToken = (await sim.google.authorize()).access_token;
  });

  const run = (settings: GoogleAdsSettingsInput, credentials: Record<string, string> = {}) => {
    const fetch: typeof globalThis.fetch = async (input, init) => sim.app.request(input instanceof Request ? input : String(input), init);
    const creds = { accessToken, ...credentials };
    const ctx = createConnectorContext(googleAds, creds, GoogleAdsSettings.parse(settings), {
      baseUrl: 'http://google.sim',
      fetch,
      now: () => NOW,
      http: { retries: 0 },
    });
    const page = (cursor: string | null) => googleAds.sync(creds, cursor, { ...ctx, mode: 'incremental' });
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
      .filter({ path: /googleAds:searchStream$/ })
      .map((r) => /BETWEEN '([\d-]+)' AND '([\d-]+)'/.exec(JSON.stringify(r.body)))
      .filter((m) => m !== null)
      .map((m) => `${m[1]}..${m[2]}`);
  const tokyo = () => ({ customerIds: [sim.customerId('tokyo')], loginCustomerId: sim.customerId('mcc') });

  it('fails with a config error asking to select an account when none is selected', async () => {
    await expect(run({}).page(null)).rejects.toMatchObject({
      kind: 'config',
      retryable: false,
      message: expect.stringMatching(/select an account/),
    });
  });

  it("computes each account's date range in its own time zone", async () => {
    const us = sim.customerId('us');
    const settings = {
      customerIds: [us, sim.customerId('tokyo')],
      loginCustomerIds: { [sim.customerId('tokyo')]: sim.customerId('mcc') },
      initialDays: 3,
    };
    const pages = await run(settings).all();
    // Both accounts are read at once (concurrency): one page, in whichever order the requests arrive.
    expect(pages).toHaveLength(1);
    expect(ranges().sort()).toEqual(['2026-10-12..2026-10-14', '2026-10-13..2026-10-15']);
  });

  it('reads one chunk per page and returns every row of the range exactly once', async () => {
    const pages = await run({ ...tokyo(), initialDays: 30, daysPerRequest: 7 }).all();
    expect(ranges()).toEqual([
      '2026-09-16..2026-09-22',
      '2026-09-23..2026-09-29',
      '2026-09-30..2026-10-06',
      '2026-10-07..2026-10-13',
      '2026-10-14..2026-10-15',
    ]);
    expect(pages.map((p) => p.hasMore)).toEqual([true, true, true, true, false]);
    const ids = pages.flatMap((p) => p.records.map((r) => String(r.derived?.['externalId'])));
    const expected = sim.data.rows('tokyo', '2026-09-16', '2026-10-15').map((r) => `${sim.customerId('tokyo')}:${r.campaignId}:${r.date}`);
    expect(ids.sort()).toEqual(expected.sort());
    expect(new Set(ids).size).toBe(ids.length);
    const logins = sim.requests.filter({ path: /googleAds:searchStream$/ }).map((r) => r.headers['login-customer-id']);
    expect(new Set(logins)).toEqual(new Set([sim.customerId('mcc')]));
  });

  it('declares each chunk complete for campaign_metrics, under the account id its records carry', async () => {
    const pages = await run({ ...tokyo(), initialDays: 10, daysPerRequest: 7 }).all();
    const account = sim.customerId('tokyo');
    expect(pages.map((p) => p.complete)).toEqual([
      [{ stream: 'campaign_metrics', accountExternalId: account, from: '2026-10-06', to: '2026-10-12' }],
      [{ stream: 'campaign_metrics', accountExternalId: account, from: '2026-10-13', to: '2026-10-15' }],
    ]);
    for (const page of pages) {
      const [window] = page.complete ?? [];
      expect(page.records.length).toBeGreaterThan(0);
      for (const record of page.records) {
        const date = (record.raw as { segments: { date: string } }).segments.date;
        expect(record.derived?.['accountExternalId']).toBe(window?.accountExternalId);
        expect(date >= (window?.from ?? '') && date <= (window?.to ?? '')).toBe(true);
      }
    }
  });

  it('re-reads only the restatement window on the next pass, and new accounts from their configured range', async () => {
    const first = await run({ ...tokyo(), initialDays: 30, restatementDays: 5 }).all();
    sim.requests.clear();
    const settings = {
      customerIds: [sim.customerId('tokyo'), sim.customerId('eu')],
      loginCustomerIds: { [sim.customerId('tokyo')]: sim.customerId('mcc') },
      initialDays: 10,
      restatementDays: 5,
    };
    await run(settings).all(first.at(-1)?.cursor ?? null);
    expect(ranges().sort()).toEqual(['2026-10-05..2026-10-14', '2026-10-11..2026-10-15']);
  });

  it('sends the developer token when configured, and stops with a config error on a manager account', async () => {
    await run(tokyo(), { developerToken: 'dev-123' }).all();
    expect(sim.requests.all.at(-1)?.headers['developer-token']).toBe('dev-123');
    const manager = run({ customerIds: [sim.customerId('mcc')] });
    await expect(manager.page(null)).rejects.toMatchObject({ kind: 'config', message: expect.stringMatching(/manager account/) });
  });

  it('needs login-customer-id for a client account: without it Google denies access (auth_revoked, not retryable)', async () => {
    await expect(run({ customerIds: [sim.customerId('tokyo')] }).page(null)).rejects.toMatchObject({
      kind: 'auth_revoked',
      retryable: false,
      vendorCode: 'USER_PERMISSION_DENIED',
    });
  });

  it('drops an account deselected in the middle of a pass', async () => {
    const both = { customerIds: [sim.customerId('us'), sim.customerId('eu')], initialDays: 14, daysPerRequest: 7 };
    const firstPage = await run(both).page(null);
    expect(firstPage.hasMore).toBe(true);
    sim.requests.clear();
    const rest = await run({ ...both, customerIds: [sim.customerId('eu')] }).all(firstPage.cursor);
    expect(rest.at(-1)?.hasMore).toBe(false);
    expect(sim.requests.all.every((r) => !r.path.includes(sim.customerId('us')))).toBe(true);
  });

  it('resumes from a cursor stored before the SDK (version 1): the accounts keep their history and last day read', async () => {
    const v1 = { v: 1, accounts: { [sim.customerId('tokyo')]: { since: '2026-09-01', through: '2026-10-10' } }, pass: null };
    await run({ ...tokyo(), restatementDays: 3 }).all(JSON.stringify(v1));
    expect(ranges()).toEqual(['2026-10-11..2026-10-15']);
  });
});
