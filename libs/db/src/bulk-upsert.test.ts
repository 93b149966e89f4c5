import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkUpsert, markDeleted, type UpsertRow } from './bulk-upsert.js';
import { createTestDatabase, seedConnector, seedTenant, type TestDatabase } from './testing/index.js';

const charge = (i: number, overrides: Record<string, unknown> = {}): UpsertRow => {
  const record = {
    externalId: `ch_${i}`,
    amount: 1000 + i,
    currency: 'USD',
    status: 'succeeded',
    amountRefunded: 0,
    customerEmail: `c${i}@example.com`,
    occurredAt: new Date(Date.UTC(2026, 0, 1) + i * 1000),
    ...overrides,
  };
  return { record, raw: { id: `ch_${i}`, amount: record.amount, note: 'it\'s "quoted" \\ and {braced}' } };
};

describe('bulkUpsert', () => {
  let db: TestDatabase;
  let tenantId: string;
  let connectorId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    tenantId = (await seedTenant(db)).id;
    connectorId = (await seedConnector(db, tenantId, { type: 'stripe' })).id;
  });
  afterAll(() => db.dispose());

  it('inserts new rows, then rewrites nothing when the same rows come again', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => charge(i));
    expect(await bulkUpsert(db.sql, tenantId, connectorId, 'charge', rows)).toEqual({ created: 50, updated: 0 });
    const before = await db.prisma.charge.findFirstOrThrow({ where: { externalId: 'ch_7' } });
    expect(await bulkUpsert(db.sql, tenantId, connectorId, 'charge', rows)).toEqual({ created: 0, updated: 0 });
    const after = await db.prisma.charge.findFirstOrThrow({ where: { externalId: 'ch_7' } });
    expect(after.updatedAt.getTime()).toBe(before.updatedAt.getTime());
    expect(after.raw).toEqual(rows[7]?.raw);
    expect(after.amount).toBe(1007n);
  });

  it('counts changed rows as updated and new ones as created', async () => {
    const rows = [charge(1, { status: 'refunded', amountRefunded: 1001 }), charge(2), charge(100)];
    expect(await bulkUpsert(db.sql, tenantId, connectorId, 'charge', rows)).toEqual({ created: 1, updated: 1 });
    const row = await db.prisma.charge.findFirstOrThrow({ where: { externalId: 'ch_1' } });
    expect(row.status).toBe('refunded');
    expect(row.amountRefunded).toBe(1001n);
  });

  it('keeps the last of repeated external ids in one batch', async () => {
    const counts = await bulkUpsert(db.sql, tenantId, connectorId, 'charge', [charge(200, { amount: 1 }), charge(200, { amount: 2 })]);
    expect(counts).toEqual({ created: 1, updated: 0 });
    expect((await db.prisma.charge.findFirstOrThrow({ where: { externalId: 'ch_200' } })).amount).toBe(2n);
  });

  it('tombstones deleted rows and revives them when they come back', async () => {
    expect(await markDeleted(db.sql, tenantId, connectorId, 'charge', ['ch_3', 'ch_3', 'missing'])).toBe(1);
    expect((await db.prisma.charge.findFirstOrThrow({ where: { externalId: 'ch_3' } })).deletedAt).toBeInstanceOf(Date);
    expect(await markDeleted(db.sql, tenantId, connectorId, 'charge', ['ch_3'])).toBe(0);
    expect(await bulkUpsert(db.sql, tenantId, connectorId, 'charge', [charge(3)])).toEqual({ created: 0, updated: 1 });
    expect((await db.prisma.charge.findFirstOrThrow({ where: { externalId: 'ch_3' } })).deletedAt).toBeNull();
  });

  it('stores every canonical column type (dates, json, floats, nulls)', async () => {
    const counts = await bulkUpsert(db.sql, tenantId, connectorId, 'channel_metric', [
      {
        record: {
          externalId: 'a:c:2026-01-02',
          date: '2026-01-02',
          channel: 'google_ads',
          impressions: 10,
          clicks: 2,
          visitors: 0,
          leads: 1,
          conversions: 1.5,
          cost: 1234,
          currency: 'EUR',
        },
        raw: { cost_micros: '12340000' },
      },
    ]);
    expect(counts.created).toBe(1);
    const m = await db.prisma.channelMetric.findFirstOrThrow({ where: { externalId: 'a:c:2026-01-02' } });
    expect(m.date.toISOString().slice(0, 10)).toBe('2026-01-02');
    expect(m.conversions).toBe(1.5);
    expect(m.campaign).toBeNull();
    await bulkUpsert(db.sql, tenantId, connectorId, 'activity', [
      {
        record: {
          externalId: 'ev1',
          type: 'refund',
          occurredAt: new Date('2026-02-01T00:00:00Z'),
          properties: { amount: 5, nested: { a: [1] } },
        },
        raw: {},
      },
    ]);
    const a = await db.prisma.activity.findFirstOrThrow({ where: { externalId: 'ev1' } });
    expect(a.properties).toEqual({ amount: 5, nested: { a: [1] } });
  });
});
