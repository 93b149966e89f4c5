import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkUpsert, markDeleted } from './bulk-upsert.js';
import { countHeldRows, readStoredRows } from './stored-rows.js';
import { createTestDatabase, seedConnector, seedTenant, type TestDatabase } from './testing/index.js';

const person = (i: number) => ({ record: { externalId: `p_${i}`, email: `p${i}@example.com` }, raw: { id: `p_${i}`, n: i } });

describe('stored rows: read for a re-map, counted as held', () => {
  let db: TestDatabase;
  let tenant: string;
  let connector: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    tenant = (await seedTenant(db)).id;
    connector = (await seedConnector(db, tenant, { type: 'fake' })).id;
    await bulkUpsert(db.sql, tenant, connector, 'person', [1, 2, 3, 4, 5].map(person));
    await markDeleted(db.sql, tenant, connector, 'person', ['p_3']);
  });
  afterAll(() => db.dispose());

  it('pages live rows by external id with their columns and raw row', async () => {
    const first = await readStoredRows(db.sql, tenant, connector, 'person', '', 2);
    expect(first.map((r) => r.externalId)).toEqual(['p_1', 'p_2']);
    expect(first[0]?.columns).toMatchObject({ email: 'p1@example.com', raw: { id: 'p_1', n: 1 } });
    const next = await readStoredRows(db.sql, tenant, connector, 'person', 'p_2', 10);
    expect(next.map((r) => r.externalId)).toEqual(['p_4', 'p_5']);
  });

  it('counts held rows without vendor deletes, and none for another tenant', async () => {
    expect(await countHeldRows(db.sql, tenant, connector, ['person', 'account'])).toBe(4);
    const other = (await seedTenant(db, 'Other')).id;
    expect(await countHeldRows(db.sql, other, connector, ['person'])).toBe(0);
  });
});
