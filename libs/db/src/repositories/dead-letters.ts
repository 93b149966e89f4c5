import type { Prisma } from '../generated/prisma/client.js';
import { prismaQueryable, syncWrites, type NewDeadLetter } from './sync-writes.js';
import type { Db } from './types.js';

export type DeadLetterRow = Prisma.DeadLetterGetPayload<object>;
export type DeadLetterStatus = DeadLetterRow['status'];
export type { NewDeadLetter };

/** Letters rejected for the same reason in the same stream: what a person acts on at once. */
export interface DeadLetterGroupKey {
  stream: string;
  reason: string;
}

export interface DeadLetterGroup extends DeadLetterGroupKey {
  kind: string;
  status: DeadLetterStatus;
  /** Letters (distinct rows) in the group. */
  letters: number;
  /** Rejections counted over every letter of the group (repeats included). */
  occurrences: number;
  lastSeenAt: Date;
}

/** Rows that could not be stored, with the reason, per tenant. */
export function deadLetterRepository(db: Db, tenantId: string) {
  return {
    addMany: (connectorId: string, syncLogId: string | null, letters: readonly NewDeadLetter[]): Promise<number> =>
      syncWrites(prismaQueryable(db), tenantId).addDeadLetters(connectorId, syncLogId, letters),

    list: (connectorId: string, options: { take?: number; syncLogId?: string; status?: DeadLetterStatus } = {}) =>
      db.deadLetter.findMany({
        where: {
          tenantId,
          connectorId,
          ...(options.syncLogId ? { syncLogId: options.syncLogId } : {}),
          ...(options.status ? { status: options.status } : {}),
        },
        orderBy: { createdAt: 'desc' },
        take: options.take ?? 100,
      }),

    /** Open letters (what still needs a person). */
    count: (connectorId: string) => db.deadLetter.count({ where: { tenantId, connectorId, status: 'open' } }),

    /** Letters grouped by stream and reason, the largest groups first. */
    async groups(connectorId: string, status: DeadLetterStatus = 'open', take = 50): Promise<DeadLetterGroup[]> {
      const rows = await db.deadLetter.groupBy({
        by: ['stream', 'reason', 'kind'],
        where: { tenantId, connectorId, status },
        _count: { _all: true },
        _sum: { count: true },
        _max: { lastSeenAt: true },
        orderBy: [{ _count: { id: 'desc' } }, { stream: 'asc' }, { reason: 'asc' }],
        take,
      });
      return rows.map((r) => ({
        stream: r.stream,
        reason: r.reason,
        kind: r.kind,
        status,
        letters: r._count._all,
        occurrences: r._sum.count ?? r._count._all,
        lastSeenAt: r._max.lastSeenAt ?? new Date(0),
      }));
    },

    /** The reason most of a run's letters have (null when it has none). */
    async commonestReason(connectorId: string, syncLogId: string): Promise<{ stream: string; reason: string; letters: number } | null> {
      const [top] = await db.deadLetter.groupBy({
        by: ['stream', 'reason'],
        where: { tenantId, connectorId, syncLogId },
        _count: { _all: true },
        orderBy: [{ _count: { id: 'desc' } }, { reason: 'asc' }],
        take: 1,
      });
      return top ? { stream: top.stream, reason: top.reason, letters: top._count._all } : null;
    },

    /** The open letters of one group, oldest first (what a replay reads). */
    openInGroup: (connectorId: string, group: DeadLetterGroupKey, options: { take?: number; afterId?: string } = {}) =>
      db.deadLetter.findMany({
        // `id > afterId`, not a Prisma cursor: the previous page's letters may be resolved by now.
        where: {
          tenantId,
          connectorId,
          status: 'open',
          stream: group.stream,
          reason: group.reason,
          ...(options.afterId ? { id: { gt: options.afterId } } : {}),
        },
        orderBy: { id: 'asc' },
        take: options.take ?? 500,
      }),

    /** Dismiss a group's open letters (a repeat of one stays dismissed). Returns how many. */
    async dismissGroup(connectorId: string, group: DeadLetterGroupKey): Promise<number> {
      const { count } = await db.deadLetter.updateMany({
        where: { tenantId, connectorId, status: 'open', stream: group.stream, reason: group.reason },
        data: { status: 'dismissed', resolvedAt: new Date() },
      });
      return count;
    },

    /** Mark letters resolved by id (a replay stored their rows). */
    async resolve(connectorId: string, ids: readonly string[]): Promise<number> {
      if (ids.length === 0) return 0;
      const { count } = await db.deadLetter.updateMany({
        where: { tenantId, connectorId, id: { in: [...ids] }, status: 'open' },
        data: { status: 'resolved', resolvedAt: new Date() },
      });
      return count;
    },
  };
}
