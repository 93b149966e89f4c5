import type { PrismaClient } from '@tributary/db';

/**
 * Everything a mutation could change in a tenant, as one comparable value:
 * connectors (credentials, status, schedule, settings, health), mapping
 * overrides, tokens, members, sessions, OAuth states, sync logs and the
 * audit log. Equal snapshots before and after = the request changed nothing.
 */
export async function tenantSnapshot(prisma: PrismaClient, tenantId: string): Promise<string> {
  const where = { tenantId };
  const parts = await Promise.all([
    prisma.connector.findMany({ where, orderBy: { id: 'asc' } }),
    prisma.fieldMapping.findMany({ where, orderBy: { id: 'asc' } }),
    prisma.apiToken.findMany({ where, orderBy: { id: 'asc' }, select: { id: true, revokedAt: true, userId: true } }),
    prisma.membership.findMany({ where, orderBy: { userId: 'asc' } }),
    prisma.session.findMany({ where, orderBy: { id: 'asc' }, select: { id: true, tenantId: true } }),
    prisma.oAuthState.count({ where }),
    prisma.syncLog.count({ where }),
    prisma.auditLog.count({ where }),
    prisma.user.findMany({
      where: { memberships: { some: { tenantId } } },
      orderBy: { id: 'asc' },
      select: { id: true, passwordHash: true },
    }),
  ]);
  return JSON.stringify(parts, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}
