import type { PrismaClient } from '@tributary/db';
import type { AuthCache } from './cache.js';
import { tokenHash } from './secrets.js';

export type Role = 'admin' | 'manager' | 'viewer';
export const ROLE_RANK: Record<Role, number> = { viewer: 1, manager: 2, admin: 3 };

/** Who is calling, in exactly one tenant. */
export interface Principal {
  userId: string;
  email: string;
  tenantId: string;
  role: Role;
  via: 'session' | 'token';
  sessionId?: string;
  tokenId?: string;
}

export const SESSION_COOKIE = 'tributary_session';

/** At least `role`: admins can do what managers can, managers what viewers can. */
export const hasRole = (principal: Principal | null, role: Role): boolean =>
  principal !== null && ROLE_RANK[principal.role] >= ROLE_RANK[role];

async function membership(prisma: PrismaClient, userId: string, tenantId: string) {
  return prisma.membership.findUnique({ where: { tenantId_userId: { tenantId, userId } }, include: { user: true } });
}

/**
 * A personal API token (`Authorization: Bearer trb_...`): bound to one user
 * and one tenant; the role is the user's role there now. Served from the
 * cache when it has the token (see AuthCache for how revocation reaches it).
 */
export async function principalFromToken(
  prisma: PrismaClient,
  token: string,
  cache?: AuthCache,
  now = new Date(),
): Promise<Principal | null> {
  const hash = tokenHash(token);
  const cached = cache?.get(`token:${hash}`, now);
  if (cached) return cached;
  const version = cache?.version;
  const row = await prisma.apiToken.findUnique({ where: { tokenHash: hash } });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  const member = await membership(prisma, row.userId, row.tenantId);
  if (!member) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  const principal: Principal = {
    userId: row.userId,
    email: member.user.email,
    tenantId: row.tenantId,
    role: member.role,
    via: 'token',
    tokenId: row.id,
  };
  if (cache && version !== undefined) cache.set(`token:${hash}`, { principal, expiresAt: row.expiresAt }, version);
  return principal;
}

/** A console session (HTTP-only cookie): the session's current tenant, if the user is still a member. */
export async function principalFromSession(
  prisma: PrismaClient,
  cookie: string,
  ttlMs: number,
  cache?: AuthCache,
  now = new Date(),
): Promise<Principal | null> {
  const id = tokenHash(cookie);
  const cached = cache?.get(`session:${id}`, now);
  if (cached) return cached;
  const version = cache?.version;
  const session = await prisma.session.findUnique({ where: { id } });
  if (!session || session.expiresAt <= now) return null;
  const member = await membership(prisma, session.userId, session.tenantId);
  if (!member) return null;
  let expiresAt = session.expiresAt;
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    expiresAt = new Date(now.getTime() + ttlMs);
    await prisma.session.update({ where: { id }, data: { lastSeenAt: now, expiresAt } });
  }
  const principal: Principal = {
    userId: session.userId,
    email: member.user.email,
    tenantId: session.tenantId,
    role: member.role,
    via: 'session',
    sessionId: id,
  };
  if (cache && version !== undefined) cache.set(`session:${id}`, { principal, expiresAt }, version);
  return principal;
}
