import type { Prisma } from '../generated/prisma/client.js';
import type { Db } from './types.js';

export type SyncLogRow = Prisma.SyncLogGetPayload<object>;
export type SyncLogStatus = SyncLogRow['status'];

export interface SyncProgress {
  created: number;
  updated: number;
  failed: number;
  pages: number;
}

/** Sync history of one tenant's connectors. */
export function syncLogRepository(db: Db, tenantId: string) {
  return {
    start: (connectorId: string, syncType: 'full' | 'incremental', trigger: string) =>
      db.syncLog.create({ data: { tenantId, connectorId, syncType, trigger, status: 'running' } }),

    get: (id: string) => db.syncLog.findFirst({ where: { id, tenantId } }),

    async addProgress(id: string, p: SyncProgress): Promise<void> {
      await db.syncLog.updateMany({
        where: { id, tenantId },
        data: {
          recordsCreated: { increment: p.created },
          recordsUpdated: { increment: p.updated },
          recordsFailed: { increment: p.failed },
          pages: { increment: p.pages },
        },
      });
    },

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
