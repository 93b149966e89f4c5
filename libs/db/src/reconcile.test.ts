import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkUpsert, markDeleted, type UpsertRow } from './bulk-upsert.js';
import { tombstoneMissing } from './reconcile.js';
import { createTestDatabase, seedConnector, seedTenant, type TestDatabase } from './testing/index.js';

const person = (externalId: string): UpsertRow => ({
  record: { externalId, lastName: externalId, kind: 'contact' },
  raw: { Id: externalId },
});
/** Contacts (`003…`) and leads (`00Q…`) share the people table, as Salesforce's do. */
const IDS = ['003A', '003B', '003C', '003D', '003a', '00QA', '00QB'];

describe('tombstoneMissing', () => {
  let db: TestDatabase;
  let tenantId: string;
  let connectorId: string;
  let otherConnectorId: string;
  let otherTenantConnector: { tenantId: string; connectorId: string };

  const deleted = async (where: { tenantId: string; connectorId: string }) =>
    (await db.prisma.person.findMany({ where: { ...where, deletedAt: { not: null } }, orderBy: { externalId: 'asc' } })).map(
      (p) => p.externalId,
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    tenantId = (await seedTenant(db)).id;
    connectorId = (await seedConnector(db, tenantId, { type: 'salesforce' })).id;
    otherConnectorId = (await seedConnector(db, tenantId, { type: 'hubspot' })).id;
    const otherTenantId = (await seedTenant(db, 'Other')).id;
    otherTenantConnector = { tenantId: otherTenantId, connectorId: (await seedConnector(db, otherTenantId, { type: 'salesforce' })).id };
    for (const [t, c] of [
      [tenantId, connectorId],
      [tenantId, otherConnectorId],
      [otherTenantId, otherTenantConnector.connectorId],
    ] as const) {
      await bulkUpsert(db.sql, t, c, 'person', IDS.map(person));
    }
    await markDeleted(db.sql, tenantId, connectorId, 'person', ['003D']);
  });
  afterAll(() => db.dispose());

  it('tombstones the live rows of the range the vendor no longer lists, keeps what the batch wrote, and nothing else', async () => {
    const n = await tombstoneMissing(
      db.sql,
      tenantId,
      connectorId,
      'person',
      [{ after: '003', through: '003~' }],
      ['003A', '003a'],
      ['003C'],
    );
    expect(n).toBe(1);
    expect(await deleted({ tenantId, connectorId })).toEqual(['003B', '003D']);
    expect(await deleted({ tenantId, connectorId: otherConnectorId })).toEqual([]);
    expect(await deleted(otherTenantConnector)).toEqual([]);
    const again = await tombstoneMissing(
      db.sql,
      tenantId,
      connectorId,
      'person',
      [{ after: '003', through: '003~' }],
      ['003A', '003a'],
      ['003C'],
    );
    expect(again).toBe(0);
  });

  it('compares ids bytewise (COLLATE "C") whatever the database collation: 003a sorts after 003C', async () => {
    const n = await tombstoneMissing(db.sql, tenantId, connectorId, 'person', [{ after: null, through: '003C' }], [], []);
    expect(n).toBe(2);
    expect(await deleted({ tenantId, connectorId })).toEqual(['003A', '003B', '003C', '003D']);
    const open = await db.prisma.person.findMany({ where: { tenantId, connectorId, deletedAt: null }, orderBy: { externalId: 'asc' } });
    expect(open.map((p) => p.externalId)).toEqual(['003a', '00QA', '00QB']);
  });

  it('does nothing without ranges, and treats several ranges in one statement', async () => {
    expect(await tombstoneMissing(db.sql, tenantId, connectorId, 'person', [], [], [])).toBe(0);
    const ranges = [
      { after: '003Z', through: '003~' },
      { after: '00Q', through: '00QA' },
    ];
    expect(await tombstoneMissing(db.sql, tenantId, connectorId, 'person', ranges, ['003a'], [])).toBe(1);
    expect(await deleted({ tenantId, connectorId })).toEqual(['003A', '003B', '003C', '003D', '00QA']);
  });
});
