import { silentLogger, SUGGESTED_FIX, type Logger } from '@tributary/core';
import { forTenant, type PrismaClient } from '@tributary/db';

export const INTERRUPTED_MESSAGE = 'The sync was interrupted (its process stopped). The next run resumes from the last checkpoint.';

/**
 * Find connectors still "syncing" whose claim has not been touched for
 * `staleAfterMs` (their process died): mark their running sync logs failed
 * and the connector in error, keeping the cursor so the next run resumes.
 * A maintenance sweep across tenants; each write is still tenant-scoped.
 *
 * @example
 * await recoverInterrupted(db.prisma, { staleAfterMs: 10 * 60_000, skip: (t, c) => running.has(`${t}/${c}`) });
 */
export async function recoverInterrupted(
  prisma: PrismaClient,
  options: {
    staleAfterMs: number;
    /** Connectors whose sync is still alive (running here, or its Temporal workflow is running). */
    skip?: (tenantId: string, connectorId: string) => boolean | Promise<boolean>;
    logger?: Logger;
  },
): Promise<number> {
  const staleBefore = new Date(Date.now() - options.staleAfterMs);
  const stuck = await prisma.connector.findMany({
    where: { status: 'syncing', updatedAt: { lte: staleBefore } },
    select: { id: true, tenantId: true },
  });
  let fixed = 0;
  for (const c of stuck) {
    if (await options.skip?.(c.tenantId, c.id)) continue;
    // Only while it is still "syncing": a sync that ended meanwhile keeps its own result.
    const { count } = await prisma.connector.updateMany({
      where: { id: c.id, tenantId: c.tenantId, status: 'syncing' },
      data: { status: 'error', lastSyncError: INTERRUPTED_MESSAGE, lastErrorKind: 'transient' },
    });
    if (count === 0) continue;
    const scope = forTenant(prisma, c.tenantId);
    for (const log of await scope.syncLogs.running(c.id)) {
      await scope.syncLogs.finish(log.id, 'failed', { kind: 'transient', message: INTERRUPTED_MESSAGE });
    }
    fixed++;
  }
  if (fixed > 0) (options.logger ?? silentLogger).warn({ fixed, fix: SUGGESTED_FIX.transient }, 'recovered interrupted syncs');
  return fixed;
}
