import { forTenant, pipelineHarness, runSync, diffStored, type PipelineHarness } from '@tributary/conformance';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { googleAds } from '../connector.js';
import { createGoogleAdsSimulator, type GoogleAdsSimulator } from '../sandbox/index.js';
import { googleAdsExpected, shift, tokenSetOf } from '../testing/conformance-target.js';

const server = process.env['TRIBUTARY_DB_TARGET'] === 'server';
const FAST_HTTP = { retryBaseMs: 5, retryCapMs: 50 };
const KEYS = ['us', 'eu', 'tokyo', 'kuwait'];
const INITIAL_DAYS = 45;

describe(`Google Ads end to end on ${server ? 'a PostgreSQL server' : 'PGlite'}`, () => {
  let sim: GoogleAdsSimulator;
  let api: RunningServer;
  let h: PipelineHarness;
  let config: unknown;
  let connectorId: string;
  let settings: Record<string, unknown>;
  /** Where each account's history starts: the first sync's range, in the account's own time. */
  const starts = new Map<string, string>();
  const since = (key: string) => starts.get(key) ?? '';
  const expected = () => googleAdsExpected(sim, KEYS, since);
  const where = () => ({ tenantId: h.tenantId, connectorId });
  const stamps = async () =>
    new Map(
      (await h.db.prisma.channelMetric.findMany({ where: { connectorId }, select: { externalId: true, updatedAt: true } })).map((r) => [
        r.externalId,
        r.updatedAt.getTime(),
      ]),
    );
  const snapshot = () => new Map([...(expected().channel_metric ?? [])].map(([k, v]) => [k, JSON.stringify(v)]));
  /**
   * Requests sent since `from` (an index in the request log), one line each. Accounts are read several at
   * once, so an attempt that fails sends one request per account in flight: none of them twice means nothing
   * was retried.
   */
  const sentSince = (from: number) =>
    sim.requests.all.slice(from).map((r) => `${r.method} ${r.path} ${r.headers['login-customer-id'] ?? ''} ${JSON.stringify(r.body)}`);
  const sync = (maxAttempts = 3) => runSync(h.deps, h.tenantId, connectorId, { mode: 'incremental', retryBaseMs: 5, maxAttempts });
  /** The connection with other settings for one sync (one Google Ads connector per tenant). */
  const syncWith = async (other: Record<string, unknown>) => {
    const connectors = forTenant(h.db.prisma, h.tenantId).connectors;
    await connectors.update(connectorId, { settings: other });
    try {
      return await sync();
    } finally {
      await connectors.update(connectorId, { settings });
    }
  };

  beforeAll(async () => {
    sim = createGoogleAdsSimulator({ seed: 21, campaignsPerAccount: 10, quotaRetrySeconds: 45 });
    api = await sim.start();
    h = await pipelineHarness([googleAds], {
      server,
      deps: { connectionOptions: () => ({ baseUrl: api.url, http: FAST_HTTP, now: () => sim.data.now() }) },
    });
    config = { tokens: tokenSetOf(await sim.google.authorize()), developerToken: 'tributary-dev-token' };
    const mcc = sim.customerId('mcc');
    for (const key of KEYS) starts.set(key, shift(sim.data.today(key), 1 - INITIAL_DAYS));
    settings = {
      customerIds: KEYS.map((k) => sim.customerId(k)),
      loginCustomerIds: { [sim.customerId('tokyo')]: mcc, [sim.customerId('kuwait')]: mcc },
      initialDays: INITIAL_DAYS,
      daysPerRequest: 10,
    };
    connectorId = await h.connect('google-ads', config, settings);
  }, 120_000);
  afterAll(async () => {
    await h?.dispose();
    await api?.close();
  });

  it("a full sync stores every campaign-day of the selected accounts, in each account's time zone and currency", async () => {
    const outcome = await runSync(h.deps, h.tenantId, connectorId, { mode: 'full', retryBaseMs: 5 });
    expect(outcome.error).toBeUndefined();
    expect(outcome).toMatchObject({ status: 'completed', failed: 0, created: expected().channel_metric?.size });
    expect(await diffStored(h.db.prisma, where(), expected())).toEqual([]);
    const queries = sim.requests.filter({ path: /googleAds:searchStream$/ }).map((r) => JSON.stringify(r.body));
    for (const key of KEYS) expect(queries.some((q) => q.includes(`'${sim.data.today(key)}'`))).toBe(true);
    expect(
      sim.requests.all.every(
        (r) => r.path.startsWith('/o/') || r.path === '/token' || r.headers['developer-token'] === 'tributary-dev-token',
      ),
    ).toBe(true);
  }, 120_000);

  it('converts cost micros to minor units of each account currency (USD and EUR cents, JPY yen, KWD fils)', async () => {
    for (const [key, digits] of [
      ['us', 2],
      ['eu', 2],
      ['tokyo', 0],
      ['kuwait', 3],
    ] as const) {
      const account = sim.data.account(key);
      const row = sim.data.rows(key, since(key), sim.data.today(key)).find((r) => r.costMicros > 0);
      const stored = await h.db.prisma.channelMetric.findFirstOrThrow({
        where: { connectorId, externalId: `${account.id}:${row?.campaignId}:${row?.date}` },
      });
      expect(stored.currency).toBe(account.currency);
      expect(Number(stored.cost)).toBe(Math.round((row?.costMicros ?? 0) / 10 ** (6 - digits)));
      expect(stored.channel).toBe('google_ads');
      expect(stored.accountExternalId).toBe(account.id);
    }
  });

  it('an incremental sync with nothing changed at Google rewrites nothing', async () => {
    const before = await stamps();
    const outcome = await sync();
    expect(outcome).toMatchObject({ status: 'completed', created: 0, updated: 0, failed: 0 });
    expect(await stamps()).toEqual(before);
  }, 120_000);

  it('late conversions update exactly the restated rows; every other row is left as it was', async () => {
    const restated = [...sim.restate({ customer: 'us', count: 6 }), ...sim.restate({ customer: 'tokyo', count: 4, withinDays: 20 })];
    const credited = sim.restate({ customer: 'kuwait', count: 2, kind: 'invalid_clicks' });
    const before = await stamps();
    const outcome = await sync();
    expect(outcome).toMatchObject({ status: 'completed', created: 0, updated: 12, failed: 0 });
    const after = await stamps();
    const rewritten = [...after].filter(([id, at]) => before.get(id) !== at).map(([id]) => id);
    expect(rewritten.sort()).toEqual([...restated, ...credited].sort());
    expect(await diffStored(h.db.prisma, where(), expected())).toEqual([]);
  }, 120_000);

  it('a day later, yesterday completes, recent days gain conversions and the new day appears', async () => {
    const before = snapshot();
    sim.advanceDays(1);
    const after = snapshot();
    const created = [...after.keys()].filter((k) => !before.has(k));
    const changed = [...after].filter(([k, v]) => before.has(k) && before.get(k) !== v).map(([k]) => k);
    expect(created.length).toBeGreaterThan(0);
    expect(changed.length).toBeGreaterThan(0);
    const outcome = await sync();
    expect(outcome).toMatchObject({ status: 'completed', created: created.length, updated: changed.length, failed: 0 });
    expect(await diffStored(h.db.prisma, where(), expected())).toEqual([]);
  }, 120_000);

  it("a quota error fails the attempt as rate_limited with Google's retry delay, then the sync catches up", async () => {
    const quota = sim.faults.add({ path: /googleAds:searchStream$/ }, { kind: 'status', status: 429 });
    const from = sim.requests.all.length;
    const limited = await sync(1);
    expect(limited.status).toBe('failed');
    expect(limited.error).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfterMs: 45_000 });
    const sent = sentSince(from);
    expect(quota.fired).toBe(1);
    expect(new Set(sent).size).toBe(sent.length); // no retry burning quota
    expect(sent.length).toBeLessThanOrEqual(KEYS.length);
    sim.restate({ customer: 'eu', count: 3 });
    expect(await sync()).toMatchObject({ status: 'completed', updated: 3 });
    expect(await diffStored(h.db.prisma, where(), expected())).toEqual([]);
  }, 120_000);

  it('auth errors are not retried: a rejected token, and a client account read without its manager', async () => {
    sim.faults.add({ path: /googleAds:searchStream$/ }, { kind: 'status', status: 401 });
    const from = sim.requests.all.length;
    const rejected = await sync(3);
    expect(rejected).toMatchObject({ status: 'failed', error: { kind: 'auth_expired', retryable: false } });
    const sent = sentSince(from);
    expect(new Set(sent).size).toBe(sent.length);
    expect(sent.length).toBeLessThanOrEqual(KEYS.length);
    const denied = await syncWith({ customerIds: [sim.customerId('tokyo')] });
    expect(denied).toMatchObject({
      status: 'failed',
      error: { kind: 'auth_revoked', retryable: false, vendorCode: 'USER_PERMISSION_DENIED' },
    });
    expect(denied.error?.message).toMatch(/login-customer-id/);
    const row = await forTenant(h.db.prisma, h.tenantId).connectors.getOrThrow(connectorId);
    expect(row.status).toBe('error');
  }, 120_000);

  it('a connection without a selected account fails with a config error asking to select one', async () => {
    const outcome = await syncWith({});
    expect(outcome).toMatchObject({ status: 'failed', error: { kind: 'config', retryable: false } });
    expect(outcome.error?.message).toMatch(/select an account/);
  }, 60_000);

  it('a day whose conversions are retracted below zero is stored with the negative value, not as a dead letter', async () => {
    const date = shift(sim.data.today('eu'), -4);
    const day = sim.data.rows('eu', date, date).find((r) => r.conversions > 0);
    const id = `${sim.customerId('eu')}:${day?.campaignId}:${date}`;
    const stored = await h.db.prisma.channelMetric.findFirstOrThrow({ where: { connectorId, externalId: id } });
    expect(stored.conversions).toBeGreaterThan(0);
    expect(sim.restateDay('eu', day?.campaignId ?? '', date, { conversions: -2.5 })).toBe(id);
    const before = await stamps();
    const outcome = await sync();
    expect(outcome).toMatchObject({ status: 'completed', created: 0, updated: 1, failed: 0 });
    expect(await h.db.prisma.deadLetter.count({ where: { connectorId } })).toBe(0);
    const after = await stamps();
    expect([...after].filter(([key, at]) => before.get(key) !== at).map(([key]) => key)).toEqual([id]);
    const restated = await h.db.prisma.channelMetric.findFirstOrThrow({ where: { connectorId, externalId: id } });
    expect(restated).toMatchObject({ conversions: -2.5, clicks: stored.clicks, cost: stored.cost });
    expect(restated.raw).toMatchObject({ metrics: { conversions: -2.5 } });
    expect(await diffStored(h.db.prisma, where(), expected())).toEqual([]);
  }, 120_000);

  // Last: from here on a stored row exists that Google no longer reports, which expected() alone does not describe.
  it('a stored day that Google restates to all zero (so leaves out) is zeroed; every other row is left as it was', async () => {
    const date = shift(sim.data.today('us'), -5);
    const [day] = sim.data.rows('us', date, date);
    const id = `${sim.customerId('us')}:${day?.campaignId}:${date}`;
    const stored = await h.db.prisma.channelMetric.findFirstOrThrow({ where: { connectorId, externalId: id } });
    expect(stored.clicks).toBeGreaterThan(0n);
    expect(sim.invalidateDay('us', day?.campaignId ?? '', date)).toBe(id);
    const before = await stamps();
    const outcome = await sync();
    expect(outcome).toMatchObject({ status: 'completed', created: 0, updated: 1, failed: 0 });
    const after = await stamps();
    expect([...after].filter(([key, at]) => before.get(key) !== at).map(([key]) => key)).toEqual([id]);
    const zeroed = await h.db.prisma.channelMetric.findFirstOrThrow({ where: { connectorId, externalId: id } });
    expect(zeroed).toMatchObject({ impressions: 0n, clicks: 0n, visitors: 0n, leads: 0n, conversions: 0, cost: 0n, deletedAt: null });
    expect(zeroed).toMatchObject({ campaign: stored.campaign, currency: stored.currency, accountExternalId: stored.accountExternalId });
    const vendor = expected();
    vendor.channel_metric?.set(id, { date, campaignId: day?.campaignId, impressions: 0, clicks: 0, conversions: 0, cost: 0 });
    expect(await diffStored(h.db.prisma, where(), vendor)).toEqual([]);
    expect(await sync()).toMatchObject({ status: 'completed', created: 0, updated: 0, failed: 0 });
    expect(await stamps()).toEqual(after);
  }, 120_000);
});
