import type { Prisma } from '../generated/prisma/client.js';
import { prismaQueryable, syncWrites, type NewDeadLetter } from './sync-writes.js';
import type { Db } from './types.js';

export type DeadLetterRow = Prisma.DeadLetterGetPayload<object>;
export type { NewDeadLetter };

/** Rows that could not be stored, with the reason, per tenant. */
export function deadLetterRepository(db: Db, tenantId: string) {
  return {
    addMany: (connectorId: string, syncLogId: string | null, letters: readonly NewDeadLetter[]): Promise<number> =>
      syncWrites(prismaQueryable(db), tenantId).addDeadLetters(connectorId, syncLogId, letters),

    list: (connectorId: string, options: { take?: number; syncLogId?: string } = {}) =>
      db.deadLetter.findMany({
        where: { tenantId, connectorId, ...(options.syncLogId ? { syncLogId: options.syncLogId } : {}) },
        orderBy: { createdAt: 'desc' },
        take: options.take ?? 100,
      }),

    count: (connectorId: string) => db.deadLetter.count({ where: { tenantId, connectorId } }),
  };
}
