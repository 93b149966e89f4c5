import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkUpsert, markDeleted, type UpsertRow } from './bulk-upsert.js';
import { zeroMissingMetrics } from './metric-windows.js';
import { createTestDatabase, seedConnector, seedTenant, type TestDatabase } from './testing/index.js';

const DAYS = ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05'];

const metric = (account: string, campaign: string, date: string, n = 1): UpsertRow => ({
  record: {
    externalId: `${account}:${campaign}:${date}`,
    date,
    channel: 'google_ads',
    accountExternalId: account,
    campaignId: campaign,
    impressions: 100 * n,
    clicks: 10 * n,
    visitors: n,
    leads: n,
    conversions: 1.5 * n,
    cost: 1234 * n,
    currency: 'USD',
  },
  raw: { campaign: { id: campaign }, segments: { date } },
});

/** Every (account, campaign, day) of two accounts and two campaigns. */
const grid = (accounts: string[]) => accounts.flatMap((a) => ['c1', 'c2'].flatMap((c) => DAYS.map((d) => metric(a, c, d))));

describe('zeroMissingMetrics', () => {
  let db: TestDatabase;
  let tenantId: string;
  let connectorId: string;
  let otherConnectorId: string;
  let otherTenantId: string;
  let otherTenantConnectorId: string;

  const rows = async () => {
    const all = await db.prisma.channelMetric.findMany({ orderBy: [{ connectorId: 'asc' }, { externalId: 'asc' }] });
    return new Map(all.map((r) => [`${r.tenantId}/${r.connectorId}/${r.externalId}`, r]));
  };
  const isZero = (r: { impressions: bigint; clicks: bigint; visitors: bigint; leads: bigint; conversions: number; cost: bigint }) =>
    r.impressions === 0n && r.clicks === 0n && r.visitors === 0n && r.leads === 0n && r.conversions === 0 && r.cost === 0n;

  beforeAll(async () => {
    db = await createTestDatabase();
    tenantId = (await seedTenant(db)).id;
    connectorId = (await seedConnector(db, tenantId, { type: 'google-ads' })).id;
    otherConnectorId = (await seedConnector(db, tenantId, { type: 'meta-ads' })).id;
    otherTenantId = (await seedTenant(db, 'Other')).id;
    otherTenantConnectorId = (await seedConnector(db, otherTenantId, { type: 'google-ads' })).id;
    await bulkUpsert(db.sql, tenantId, connectorId, 'channel_metric', grid(['111', '222']));
    await bulkUpsert(db.sql, tenantId, otherConnectorId, 'channel_metric', grid(['111']));
    await bulkUpsert(db.sql, otherTenantId, otherTenantConnectorId, 'channel_metric', grid(['111']));
    await markDeleted(db.sql, tenantId, connectorId, 'channel_metric', ['111:c2:2026-10-03']);
  });
  afterAll(() => db.dispose());

  it('zeroes exactly the rows of the window the batch did not carry, and nothing outside it', async () => {
    const before = await rows();
    // Account 111, days 2 to 4: the batch carried campaign c1 on every day and c2 on day 2 only.
    const keep = ['111:c1:2026-10-02', '111:c1:2026-10-03', '111:c1:2026-10-04', '111:c2:2026-10-02'];
    const window = { accountExternalId: '111', from: '2026-10-02', to: '2026-10-04' };
    // Day 3 of c2 is deleted (left alone): only day 4 of c2 is missing and live.
    expect(await zeroMissingMetrics(db.sql, tenantId, connectorId, [window], keep)).toBe(1);
    const after = await rows();
    const zeroed = `${tenantId}/${connectorId}/111:c2:2026-10-04`;
    const row = after.get(zeroed);
    expect(row && isZero(row)).toBe(true);
    expect(row?.updatedAt.getTime()).toBeGreaterThan(before.get(zeroed)?.updatedAt.getTime() ?? Infinity);
    expect(row?.raw).toEqual(before.get(zeroed)?.raw);
    expect(row?.currency).toBe('USD');
    const changed = [...after].filter(([k, r]) => JSON.stringify(r, big) !== JSON.stringify(before.get(k), big)).map(([k]) => k);
    expect(changed).toEqual([zeroed]);
    const deleted = after.get(`${tenantId}/${connectorId}/111:c2:2026-10-03`);
    expect(deleted?.deletedAt).toBeInstanceOf(Date);
    expect(deleted && isZero(deleted)).toBe(false);
  });

  it('writes nothing when the same window is read again', async () => {
    const before = await rows();
    const keep = ['111:c1:2026-10-02', '111:c1:2026-10-03', '111:c1:2026-10-04', '111:c2:2026-10-02'];
    const window = { accountExternalId: '111', from: '2026-10-02', to: '2026-10-04' };
    expect(await zeroMissingMetrics(db.sql, tenantId, connectorId, [window], keep)).toBe(0);
    expect(JSON.stringify([...(await rows())], big)).toBe(JSON.stringify([...before], big));
  });

  it('handles several windows in one statement, an empty page, and no windows at all', async () => {
    const windows = [
      { accountExternalId: '222', from: '2026-10-05', to: '2026-10-05' },
      { accountExternalId: '222', from: '2026-10-01', to: '2026-10-05' },
    ];
    // Nothing kept: every live row of account 222 becomes zero once, overlapping windows or not.
    expect(await zeroMissingMetrics(db.sql, tenantId, connectorId, windows, [])).toBe(10);
    expect(await zeroMissingMetrics(db.sql, tenantId, connectorId, windows, [])).toBe(0);
    expect(await zeroMissingMetrics(db.sql, tenantId, connectorId, [], [])).toBe(0);
    const after = await rows();
    const live = (tenant: string, connector: string, account: string) =>
      [...after.values()].filter((r) => r.tenantId === tenant && r.connectorId === connector && r.accountExternalId === account);
    expect(live(tenantId, connectorId, '222').every(isZero)).toBe(true);
    expect(
      live(tenantId, connectorId, '111')
        .filter(isZero)
        .map((r) => r.externalId),
    ).toEqual(['111:c2:2026-10-04']);
    expect(live(tenantId, otherConnectorId, '111').some(isZero)).toBe(false);
    expect(live(otherTenantId, otherTenantConnectorId, '111').some(isZero)).toBe(false);
  });

  it('a day the vendor reports again after zeroing is written back by the upsert', async () => {
    expect(await bulkUpsert(db.sql, tenantId, connectorId, 'channel_metric', [metric('111', 'c2', '2026-10-04')])).toEqual({
      created: 0,
      updated: 1,
    });
    const row = await db.prisma.channelMetric.findFirstOrThrow({ where: { connectorId, externalId: '111:c2:2026-10-04' } });
    expect(row.clicks).toBe(10n);
  });
});

/** JSON.stringify replacer for bigint columns. */
function big(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
