import type { PrismaClient } from '@tributary/db';
import { randomToken, tokenHash, verifyPassword } from './secrets.js';

export interface LoginResult {
  cookie: string;
  expiresAt: Date;
  userId: string;
  tenantId: string;
}

/**
 * Check a password and open a session in one of the user's tenants (the
 * requested one, or the first). Null on any failure, without saying which.
 *
 * @example
 * const session = await login(prisma, 'ada@example.com', 'pw', undefined, 7 * 86_400_000);
 */
export async function login(
  prisma: PrismaClient,
  email: string,
  password: string,
  tenantSlug: string | undefined,
  ttlMs: number,
): Promise<LoginResult | null> {
  const user = await prisma.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    include: { memberships: { include: { tenant: true }, orderBy: { createdAt: 'asc' } } },
  });
  const ok = await verifyPassword(password, user?.passwordHash ?? null);
  if (!user || !ok) return null;
  const membership = tenantSlug ? user.memberships.find((m) => m.tenant.slug === tenantSlug) : user.memberships[0];
  if (!membership) return null;
  return openSession(prisma, user.id, membership.tenantId, ttlMs);
}

/** A new console session for a user in a tenant: the cookie value is returned once, its sha256 is the row id. */
export async function openSession(prisma: PrismaClient, userId: string, tenantId: string, ttlMs: number): Promise<LoginResult> {
  const cookie = randomToken('trs');
  const expiresAt = new Date(Date.now() + ttlMs);
  await prisma.session.create({ data: { id: tokenHash(cookie), userId, tenantId, expiresAt } });
  return { cookie, expiresAt, userId, tenantId };
}

export async function logout(prisma: PrismaClient, sessionId: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id: sessionId } });
}

/** Move a session to another tenant the user belongs to. False when they are not a member there. */
export async function switchTenant(prisma: PrismaClient, sessionId: string, userId: string, tenantId: string): Promise<boolean> {
  const member = await prisma.membership.findUnique({ where: { tenantId_userId: { tenantId, userId } } });
  if (!member) return false;
  await prisma.session.update({ where: { id: sessionId }, data: { tenantId } });
  return true;
}
