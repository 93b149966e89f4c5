import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authVersion } from './auth-version.js';
import { createTestDatabase, seedTenant, type TestDatabase } from './testing/index.js';

let db: TestDatabase;
let tenantId: string;
let userId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  tenantId = (await seedTenant(db)).id;
  userId = (await db.prisma.user.create({ data: { email: 'ada@example.com', passwordHash: 'scrypt$a' } })).id;
  await db.prisma.membership.create({ data: { tenantId, userId, role: 'manager' } });
});
afterAll(() => db.dispose());

/** How far the version moved while `change` ran. */
async function moved(change: () => Promise<unknown>): Promise<bigint> {
  const before = await authVersion(db.sql);
  await change();
  return (await authVersion(db.sql)) - before;
}

describe('auth_version', () => {
  it('moves when a token is revoked or deleted, not when it is merely used', async () => {
    const token = await db.prisma.apiToken.create({ data: { tenantId, userId, name: 'ci', tokenHash: 'h1', prefix: 'trb_x' } });
    expect(await moved(() => db.prisma.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } }))).toBe(0n);
    expect(await moved(() => db.prisma.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } }))).toBe(1n);
    expect(await moved(() => db.prisma.apiToken.delete({ where: { id: token.id } }))).toBe(1n);
  });

  it('moves when a session ends, moves tenant or is cut short, not when its expiry slides on', async () => {
    const expiresAt = new Date(Date.now() + 3_600_000);
    await db.prisma.session.create({ data: { id: 's1', userId, tenantId, expiresAt } });
    const later = new Date(expiresAt.getTime() + 60_000);
    expect(await moved(() => db.prisma.session.update({ where: { id: 's1' }, data: { lastSeenAt: new Date(), expiresAt: later } }))).toBe(
      0n,
    );
    expect(await moved(() => db.prisma.session.update({ where: { id: 's1' }, data: { expiresAt: new Date() } }))).toBe(1n);
    const other = await seedTenant(db, 'Other');
    expect(await moved(() => db.prisma.session.update({ where: { id: 's1' }, data: { tenantId: other.id } }))).toBe(1n);
    expect(await moved(() => db.prisma.session.deleteMany({ where: { id: 's1' } }))).toBe(1n);
  });

  it('moves when a role changes, a membership goes, or a password changes', async () => {
    const where = { tenantId_userId: { tenantId, userId } };
    expect(await moved(() => db.prisma.membership.update({ where, data: { role: 'viewer' } }))).toBe(1n);
    expect(await moved(() => db.prisma.user.update({ where: { id: userId }, data: { name: 'Ada' } }))).toBe(0n);
    expect(await moved(() => db.prisma.user.update({ where: { id: userId }, data: { passwordHash: 'scrypt$b' } }))).toBe(1n);
    expect(await moved(() => db.prisma.membership.delete({ where }))).toBe(1n);
  });

  it('moves for the rows a deleted tenant takes with it (cascades fire the triggers)', async () => {
    const doomed = await seedTenant(db, 'Doomed');
    await db.prisma.membership.create({ data: { tenantId: doomed.id, userId, role: 'admin' } });
    expect(await moved(() => db.prisma.tenant.delete({ where: { id: doomed.id } }))).toBeGreaterThanOrEqual(1n);
  });
});
