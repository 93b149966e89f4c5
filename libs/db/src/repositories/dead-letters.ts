import type { Prisma } from '../generated/prisma/client.js';
import { json, type Db } from './types.js';

export type DeadLetterRow = Prisma.DeadLetterGetPayload<object>;

export interface NewDeadLetter {
  kind: 'record' | 'batch';
  stream: string;
  externalId?: string | undefined;
  reason: string;
  /** The raw row (record) or the raw rows of the batch. */
  payload: unknown;
}

/** Rows that could not be stored, with the reason, per tenant. */
export function deadLetterRepository(db: Db, tenantId: string) {
  return {
    async addMany(connectorId: string, syncLogId: string | null, letters: readonly NewDeadLetter[]): Promise<number> {
      if (letters.length === 0) return 0;
      const { count } = await db.deadLetter.createMany({
        data: letters.map((l) => ({
          tenantId,
          connectorId,
          syncLogId,
          kind: l.kind,
          stream: l.stream,
          externalId: l.externalId ?? null,
          reason: l.reason,
          payload: json(l.payload ?? null),
        })),
      });
      return count;
    },

    list: (connectorId: string, options: { take?: number; syncLogId?: string } = {}) =>
      db.deadLetter.findMany({
        where: { tenantId, connectorId, ...(options.syncLogId ? { syncLogId: options.syncLogId } : {}) },
        orderBy: { createdAt: 'desc' },
        take: options.take ?? 100,
      }),

    count: (connectorId: string) => db.deadLetter.count({ where: { tenantId, connectorId } }),
  };
}
