import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, seedConnector, seedTenant, type TestDatabase } from '../testing/index.js';
import { forTenant } from './index.js';

describe('the Office 365 privacy record', () => {
  let db: TestDatabase;
  let a: { tenant: string; connector: string };
  let b: { tenant: string; connector: string };

  beforeAll(async () => {
    db = await createTestDatabase();
    const ta = (await seedTenant(db, 'A')).id;
    const tb = (await seedTenant(db, 'B')).id;
    a = { tenant: ta, connector: (await seedConnector(db, ta, { type: 'o365' })).id };
    b = { tenant: tb, connector: (await seedConnector(db, tb, { type: 'o365' })).id };
  });
  afterAll(() => db.dispose());

  it('is the most restrictive until set: no DPA, no allowed domain, no subjects', async () => {
    expect(await forTenant(db.prisma, a.tenant).o365Config.get(a.connector)).toMatchObject({
      dpaAcceptedAt: null,
      allowedDomains: [],
      ownDomain: null,
      includeSubjects: false,
    });
  });

  it('records who accepted which DPA, and keeps privacy changes partial', async () => {
    const scope = forTenant(db.prisma, a.tenant).o365Config;
    const at = new Date('2026-12-06T10:00:00Z');
    await scope.updatePrivacy(a.connector, { allowedDomains: ['acme.com', 'acme.com', 'globex.com'], ownDomain: 'us.com' });
    const accepted = await scope.acceptDpa(a.connector, { by: 'admin@us.com', version: '2026-12', at });
    expect(accepted).toMatchObject({
      dpaAcceptedAt: at,
      dpaAcceptedBy: 'admin@us.com',
      dpaVersion: '2026-12',
      allowedDomains: ['acme.com', 'globex.com'],
    });
    const subjects = await scope.updatePrivacy(a.connector, { includeSubjects: true });
    expect(subjects).toMatchObject({
      allowedDomains: ['acme.com', 'globex.com'],
      ownDomain: 'us.com',
      includeSubjects: true,
      dpaAcceptedAt: at,
    });
  });

  it("is tenant-scoped: tenant B neither reads nor writes tenant A's record", async () => {
    const scopeB = forTenant(db.prisma, b.tenant).o365Config;
    expect((await scopeB.get(a.connector)).dpaAcceptedAt).toBeNull();
    await expect(scopeB.acceptDpa(a.connector, { by: 'intruder@b.com', version: 'x' })).rejects.toThrow(/not found/);
    await expect(scopeB.updatePrivacy(a.connector, { allowedDomains: ['b.com'] })).rejects.toThrow(/not found/);
    expect((await forTenant(db.prisma, a.tenant).o365Config.get(a.connector)).dpaAcceptedBy).toBe('admin@us.com');
  });
});
