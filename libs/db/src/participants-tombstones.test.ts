import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkUpsert, markParticipantsDeleted, type UpsertRow } from './bulk-upsert.js';
import { createTestDatabase, seedConnector, seedTenant, type TestDatabase } from './testing/index.js';

const participant = (activity: string, email: string): UpsertRow => ({
  record: { externalId: `${activity}:to:${email}`, activityExternalId: activity, role: 'to', email, internal: false },
  raw: { key: `${activity}:to:${email}` },
});

describe('markParticipantsDeleted', () => {
  let db: TestDatabase;
  let tenantId: string;
  let connectorId: string;
  let other: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    tenantId = (await seedTenant(db)).id;
    connectorId = (await seedConnector(db, tenantId, { type: 'o365' })).id;
    other = (await seedConnector(db, tenantId, { type: 'fathom' })).id;
  });
  afterAll(() => db.dispose());

  it('tombstones the live participants of the given activities only, in this connector only', async () => {
    const rows = [participant('m1', 'a@acme.com'), participant('m1', 'b@acme.com'), participant('m2', 'c@acme.com')];
    await bulkUpsert(db.sql, tenantId, connectorId, 'activity_participant', rows);
    await bulkUpsert(db.sql, tenantId, other, 'activity_participant', [participant('m1', 'a@acme.com')]);
    expect(await markParticipantsDeleted(db.sql, tenantId, connectorId, ['m1', 'm1', 'missing'])).toBe(2);
    expect(await markParticipantsDeleted(db.sql, tenantId, connectorId, ['m1'])).toBe(0);
    const live = await db.prisma.activityParticipant.findMany({ where: { deletedAt: null }, orderBy: { externalId: 'asc' } });
    expect(live.map((p) => [p.connectorId === connectorId ? 'o365' : 'other', p.externalId])).toEqual([
      ['other', 'm1:to:a@acme.com'],
      ['o365', 'm2:to:c@acme.com'],
    ]);
  });
});
