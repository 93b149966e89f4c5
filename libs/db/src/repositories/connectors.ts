import type { Prisma } from '../generated/prisma/client.js';
import { prismaQueryable, syncWrites } from './sync-writes.js';
import { json, NotFoundError, type Db } from './types.js';

export type ConnectorRow = Prisma.ConnectorGetPayload<object>;
export type ConnectorStatus = ConnectorRow['status'];

export interface NewConnector {
  type: string;
  name: string;
  config?: string | null;
  settings?: Record<string, unknown>;
  status?: ConnectorStatus;
  schedule?: string | null;
  accountId?: string | null;
  accountName?: string | null;
}

export type ConnectorPatch = Partial<
  Pick<
    ConnectorRow,
    | 'name'
    | 'config'
    | 'status'
    | 'schedule'
    | 'accountId'
    | 'accountName'
    | 'lastSyncAt'
    | 'lastSyncCursor'
    | 'lastSyncError'
    | 'lastErrorKind'
  >
> & { settings?: Record<string, unknown> };

/** Connectors of one tenant. Every query filters by the tenant id. */
export function connectorRepository(db: Db, tenantId: string) {
  return {
    get: (id: string) => db.connector.findFirst({ where: { id, tenantId } }),

    async getOrThrow(id: string): Promise<ConnectorRow> {
      const row = await db.connector.findFirst({ where: { id, tenantId } });
      if (!row) throw new NotFoundError(`Connector ${id}`);
      return row;
    },

    getByType: (type: string) => db.connector.findFirst({ where: { tenantId, type } }),

    list: () => db.connector.findMany({ where: { tenantId }, orderBy: { createdAt: 'asc' } }),

    create: (data: NewConnector) =>
      db.connector.create({
        data: {
          tenantId,
          type: data.type,
          name: data.name,
          config: data.config ?? null,
          settings: json(data.settings ?? {}),
          status: data.status ?? 'disconnected',
          schedule: data.schedule ?? null,
          accountId: data.accountId ?? null,
          accountName: data.accountName ?? null,
        },
      }),

    async update(id: string, patch: ConnectorPatch): Promise<ConnectorRow> {
      const { settings, ...rest } = patch;
      const data: Prisma.ConnectorUpdateInput = { ...rest, ...(settings ? { settings: json(settings) } : {}) };
      const { count } = await db.connector.updateMany({ where: { id, tenantId }, data });
      if (count === 0) throw new NotFoundError(`Connector ${id}`);
      return this.getOrThrow(id);
    },

    /**
     * Mark the connector syncing unless another sync holds it. A claim whose
     * holder stopped touching the row for `staleAfterMs` (a crashed process)
     * can be taken over. Returns false when the connector is busy.
     */
    async claimForSync(id: string, staleAfterMs: number): Promise<boolean> {
      const staleBefore = new Date(Date.now() - staleAfterMs);
      const { count } = await db.connector.updateMany({
        where: { id, tenantId, OR: [{ status: { not: 'syncing' } }, { updatedAt: { lt: staleBefore } }] },
        data: { status: 'syncing', updatedAt: new Date() },
      });
      return count === 1;
    },

    /** Store the cursor after a batch (touches updated_at, the claim's heartbeat). */
    checkpoint: (id: string, cursor: string | null): Promise<void> => syncWrites(prismaQueryable(db), tenantId).checkpoint(id, cursor),

    async remove(id: string): Promise<void> {
      const { count } = await db.connector.deleteMany({ where: { id, tenantId } });
      if (count === 0) throw new NotFoundError(`Connector ${id}`);
    },
  };
}
