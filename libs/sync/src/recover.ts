import { silentLogger, SUGGESTED_FIX, type Logger } from '@tributary/core';
import { forTenant, type PrismaClient } from '@tributary/db';

export const INTERRUPTED_MESSAGE = 'The sync was interrupted (its process stopped). The next run resumes from the last checkpoint.';

/**
 * Find connectors still "syncing" whose claim has not been touched for
 * `staleAfterMs` (their process died): mark their running sync logs failed
 * and the connector in error, keeping the cursor so the next run resumes.
 * A maintenance sweep across tenants; each write is still tenant-scoped.
 */
export async function recoverInterrupted(
  prisma: PrismaClient,
  options: { staleAfterMs: number; skip?: (tenantId: string, connectorId: string) => boolean; logger?: Logger },
): Promise<number> {
  const staleBefore = new Date(Date.now() - options.staleAfterMs);
  const stuck = await prisma.connector.findMany({
    where: { status: 'syncing', updatedAt: { lte: staleBefore } },
    select: { id: true, tenantId: true },
  });
  let fixed = 0;
  for (const c of stuck) {
    if (options.skip?.(c.tenantId, c.id)) continue;
    const scope = forTenant(prisma, c.tenantId);
    for (const log of await scope.syncLogs.running(c.id)) {
      await scope.syncLogs.finish(log.id, 'failed', { kind: 'transient', message: INTERRUPTED_MESSAGE });
    }
    await scope.connectors.update(c.id, { status: 'error', lastSyncError: INTERRUPTED_MESSAGE, lastErrorKind: 'transient' });
    fixed++;
  }
  if (fixed > 0) (options.logger ?? silentLogger).warn({ fixed, fix: SUGGESTED_FIX.transient }, 'recovered interrupted syncs');
  return fixed;
}
