import { redactValue } from '@tributary/core';
import type { PrismaClient } from '@tributary/db';
import type { Principal } from '../auth/principal.js';

/** Who did it: a signed-in user or token, or the system (the CLI, a webhook). */
export type Actor = Principal | { system: string; tenantId: string };

/**
 * Record a mutation in audit_log: actor, tenant, action, target, time, and
 * details with every secret redacted.
 *
 * @example
 * await audit(prisma, principal, 'connector.disconnect', 'connector', id);
 */
export async function audit(
  prisma: Pick<PrismaClient, 'auditLog'>,
  actor: Actor,
  action: string,
  targetType: string,
  targetId?: string | null,
  details: Record<string, unknown> = {},
): Promise<void> {
  const who =
    'system' in actor
      ? { actorId: null, actor: `system:${actor.system}` }
      : { actorId: actor.userId, actor: `${actor.email} (${actor.via})` };
  await prisma.auditLog.create({
    data: {
      tenantId: actor.tenantId,
      ...who,
      action,
      targetType,
      targetId: targetId ?? null,
      details: redactValue(details) as object,
    },
  });
}
