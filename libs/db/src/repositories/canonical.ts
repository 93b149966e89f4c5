import type { EntityType } from '@tributary/core';
import type { UpsertCounts, UpsertRow } from '../bulk-upsert.js';
import { CANONICAL_TABLES } from '../canonical-tables.js';
import { prismaQueryable, syncWrites } from './sync-writes.js';
import type { Db } from './types.js';

/** Canonical records of one tenant: bulk writes and simple reads. */
export function canonicalRepository(db: Db, tenantId: string) {
  const sql = prismaQueryable(db);
  return {
    upsert: (connectorId: string, entity: EntityType, rows: readonly UpsertRow[]): Promise<UpsertCounts> =>
      syncWrites(sql, tenantId).upsert(connectorId, entity, rows),

    markDeleted: (connectorId: string, entity: EntityType, externalIds: readonly string[]) =>
      syncWrites(sql, tenantId).markDeleted(connectorId, entity, externalIds),

    /**
     * How many live (not tombstoned) rows a connector has for an entity. SQL
     * on the derived table name, so a new entity needs no code here.
     */
    async count(entity: EntityType, connectorId?: string, options: { includeDeleted?: boolean } = {}): Promise<number> {
      const [row] = await sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "${CANONICAL_TABLES[entity].table}"
          WHERE tenant_id = $1::uuid AND ($2::uuid IS NULL OR connector_id = $2::uuid) AND ($3::boolean OR deleted_at IS NULL)`,
        [tenantId, connectorId ?? null, options.includeDeleted === true],
      );
      return Number(row?.n ?? 0);
    },

    /**
     * A connector's rows of an entity, keyed by canonical field names, with
     * `raw` and `deletedAt`, ordered by external id (live rows only unless
     * `includeDeleted`). SQL on the derived table spec: no per-entity code.
     */
    list(entity: EntityType, connectorId: string, options: { includeDeleted?: boolean } = {}): Promise<Record<string, unknown>[]> {
      const spec = CANONICAL_TABLES[entity];
      const columns = spec.columns.map((c) => `"${c.column}" AS "${c.field}"`).join(', ');
      return sql.query<Record<string, unknown>>(
        `SELECT ${columns}, raw, deleted_at AS "deletedAt" FROM "${spec.table}"
          WHERE tenant_id = $1::uuid AND connector_id = $2::uuid AND ($3::boolean OR deleted_at IS NULL) ORDER BY external_id`,
        [tenantId, connectorId, options.includeDeleted === true],
      );
    },
  };
}
