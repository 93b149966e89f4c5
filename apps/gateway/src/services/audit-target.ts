import type { PrismaClient } from '@tributary/db';

type Db = Pick<PrismaClient, 'connector' | 'membership' | 'apiToken' | 'invitation' | 'tenant'>;

/** The name of a connector, a member, a token or an invitation of this tenant, or null when it is gone. */
async function targetName(db: Db, tenantId: string, type: string, id: string): Promise<string | null> {
  switch (type) {
    case 'connector': {
      const c = await db.connector.findFirst({ where: { tenantId, id }, select: { name: true, accountName: true } });
      return c ? [c.name, c.accountName].filter(Boolean).join(' · ') : null;
    }
    case 'user': {
      const m = await db.membership.findFirst({ where: { tenantId, userId: id }, select: { user: { select: { email: true } } } });
      return m?.user.email ?? null;
    }
    case 'api_token': {
      const t = await db.apiToken.findFirst({ where: { tenantId, id }, select: { name: true, prefix: true } });
      return t ? `${t.name} (${t.prefix}…)` : null;
    }
    case 'invitation': {
      const i = await db.invitation.findFirst({ where: { tenantId, id }, select: { email: true } });
      return i?.email ?? null;
    }
    case 'tenant': {
      // Only this tenant itself: an entry never names another.
      const t = id === tenantId ? await db.tenant.findUnique({ where: { id }, select: { name: true } }) : null;
      return t?.name ?? null;
    }
    default:
      return null;
  }
}

/**
 * What an audit entry acted on, as a person reads it: "connector Stripe ·
 * Acme", "user ada@example.com"; the id when the target was deleted since.
 * Every lookup is scoped to the entry's tenant.
 */
export async function describeTarget(db: Db, entry: { tenantId: string; targetType: string; targetId: string | null }): Promise<string> {
  if (!entry.targetId) return entry.targetType;
  const name = await targetName(db, entry.tenantId, entry.targetType, entry.targetId);
  return `${entry.targetType.replace('_', ' ')} ${name ?? entry.targetId}`;
}
