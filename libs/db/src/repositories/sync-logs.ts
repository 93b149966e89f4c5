import type { Prisma } from '../generated/prisma/client.js';
import { prismaQueryable, syncWrites, type SyncProgress } from './sync-writes.js';
import type { Db } from './types.js';

export type SyncLogRow = Prisma.SyncLogGetPayload<object>;
export type SyncLogStatus = SyncLogRow['status'];
export type SyncLogType = SyncLogRow['syncType'];
export type { SyncProgress };

/** Sync history of one tenant's connectors. */
export function syncLogRepository(db: Db, tenantId: string) {
  return {
    start: (connectorId: string, syncType: Exclude<SyncLogType, 'webhook'>, trigger: string) =>
      db.syncLog.create({ data: { tenantId, connectorId, syncType, trigger, status: 'running' } }),

    get: (id: string) => db.syncLog.findFirst({ where: { id, tenantId } }),

    addProgress: (id: string, p: SyncProgress): Promise<void> => syncWrites(prismaQueryable(db), tenantId).addProgress(id, p),

    async finish(id: string, status: Exclude<SyncLogStatus, 'running'>, error?: { kind: string; message: string }): Promise<void> {
      await db.syncLog.updateMany({
        where: { id, tenantId },
        data: { status, completedAt: new Date(), errorKind: error?.kind ?? null, errorMessage: error?.message ?? null },
      });
    },

    list: (connectorId: string, options: { take?: number; before?: Date } = {}) =>
      db.syncLog.findMany({
        where: { tenantId, connectorId, ...(options.before ? { startedAt: { lt: options.before } } : {}) },
        orderBy: { startedAt: 'desc' },
        take: options.take ?? 50,
      }),

    /** Runs still marked running, for recovery after a crash. */
    running: (connectorId?: string) =>
      db.syncLog.findMany({ where: { tenantId, status: 'running', ...(connectorId ? { connectorId } : {}) } }),
  };
}
