import type { EntityType } from '@tributary/core';
import { tableNameOf } from './canonical-tables.js';
import type { SqlQueryable } from './driver.js';

/** A stored canonical row: its columns (snake_case, `raw` among them) as JSON. */
export interface StoredRow {
  externalId: string;
  columns: Record<string, unknown>;
}

/**
 * A connector's live rows of one entity after `afterExternalId`, by external
 * id (keyset paging: a re-map reads every row once while it rewrites them).
 */
export async function readStoredRows(
  db: SqlQueryable,
  tenantId: string,
  connectorId: string,
  entity: EntityType,
  afterExternalId: string,
  take: number,
): Promise<StoredRow[]> {
  // Our own table's columns (to_jsonb of the row), typed by the statement, like every repository read.
  const rows = await db.query<{ external_id: string; row: Record<string, unknown> }>(
    `SELECT external_id, to_jsonb(t) AS row FROM ${tableNameOf(entity)} t
       WHERE tenant_id = $1::uuid AND connector_id = $2::uuid AND deleted_at IS NULL AND external_id > $3
       ORDER BY external_id LIMIT $4`,
    [tenantId, connectorId, afterExternalId, take],
  );
  return rows.map((r) => ({ externalId: r.external_id, columns: r.row }));
}

/** How many live rows a connector holds over these entities (vendor deletes left out). */
export async function countHeldRows(
  db: SqlQueryable,
  tenantId: string,
  connectorId: string,
  entities: readonly EntityType[],
): Promise<number> {
  const tables = [...new Set(entities.map((e) => tableNameOf(e)))];
  if (tables.length === 0) return 0;
  const counts = tables.map(
    (t) => `(SELECT count(*) FROM ${t} WHERE tenant_id = $1::uuid AND connector_id = $2::uuid AND deleted_at IS NULL)`,
  );
  const [total] = await db.query<{ n: string | number }>(`SELECT ${counts.join(' + ')} AS n`, [tenantId, connectorId]);
  return Number(total?.n ?? 0);
}
