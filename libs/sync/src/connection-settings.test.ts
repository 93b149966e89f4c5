import { forTenant } from '@tributary/db';
import { createTestDatabase, seedConnector, seedTenant, type TestDatabase } from '@tributary/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionSettings, platformSettingKeys } from './connection-settings.js';

describe('connection settings at sync time', () => {
  let db: TestDatabase;
  let tenantId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    tenantId = (await seedTenant(db)).id;
  });
  afterAll(() => db.dispose());

  it("replace a stored Office 365 privacy value with the tenant's record (the most restrictive without one)", async () => {
    const forged = { privacy: { dpaAcceptedAt: '2020-01-01T00:00:00.000Z', allowedDomains: ['gmail.com'] }, folders: ['inbox'] };
    const row = { ...(await seedConnector(db, tenantId, { type: 'o365', settings: forged })), type: 'o365', settings: forged };
    const scope = forTenant(db.prisma, tenantId);
    expect(await connectionSettings(scope, row)).toEqual({
      folders: ['inbox'],
      privacy: { dpaAcceptedAt: null, allowedDomains: [], ownDomain: null, includeSubjects: false },
    });
    const at = new Date('2026-12-06T09:00:00.000Z');
    await scope.o365Config.acceptDpa(row.id, { by: 'admin@us.com', version: '2026-12', at });
    await scope.o365Config.updatePrivacy(row.id, { allowedDomains: ['acme.com'], ownDomain: 'us.com' });
    expect(await connectionSettings(scope, row)).toEqual({
      folders: ['inbox'],
      privacy: { dpaAcceptedAt: at.toISOString(), allowedDomains: ['acme.com'], ownDomain: 'us.com', includeSubjects: false },
    });
  });

  it('leave other connectors’ settings as stored', async () => {
    const row = { ...(await seedConnector(db, tenantId, { type: 'stripe' })), type: 'stripe', settings: { privacy: 'theirs' } };
    expect(await connectionSettings(forTenant(db.prisma, tenantId), row)).toEqual({ privacy: 'theirs' });
    expect(platformSettingKeys('stripe')).toEqual([]);
    expect(platformSettingKeys('o365')).toEqual(['privacy']);
  });
});
