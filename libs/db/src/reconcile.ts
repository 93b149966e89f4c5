import type { EntityType } from '@tributary/core';
import { CANONICAL_TABLES } from './canonical-tables.js';
import type { SqlQueryable } from './driver.js';

/** A range of external ids (bytewise: `COLLATE "C"`) after `after` and up to `through`; null is unbounded. */
export interface IdRange {
  after: string | null;
  through: string | null;
}

/**
 * Live rows of one connector in any of the ranges (`$3`, jsonb) whose id is
 * not in `$4` (the ids the vendor listed, and those the batch wrote).
 * Ranges compare with `COLLATE "C"` (UTF-8 bytes), the order the connector
 * read the ids in, whatever the database's collation.
 */
const statement = (table: string) => `WITH d AS (
  UPDATE "${table}" AS x SET deleted_at = now(), updated_at = now()
  WHERE x.tenant_id = $1::uuid AND x.connector_id = $2::uuid AND x.deleted_at IS NULL
    AND EXISTS (
      SELECT 1 FROM jsonb_to_recordset($3::jsonb) AS r("after" text, "through" text)
      WHERE (r."after" IS NULL OR x.external_id COLLATE "C" > r."after" COLLATE "C")
        AND (r."through" IS NULL OR x.external_id COLLATE "C" <= r."through" COLLATE "C"))
    AND NOT EXISTS (SELECT 1 FROM unnest($4::text[]) AS k(id) WHERE k.id = x.external_id)
  RETURNING 1)
SELECT count(*)::int AS n FROM d`;

/**
 * Tombstone the stored live rows of `entity` for one connector that lie in
 * ranges the vendor listed completely but whose ids it no longer holds
 * (`listed`), keeping the rows the same batch wrote (`keep`). One statement
 * however many ranges; deleted rows stay deleted, so reading the same
 * ranges again writes nothing. Returns how many rows were tombstoned.
 *
 * @example
 * await tombstoneMissing(tx, tenantId, connectorId, 'person', [{ after: '003', through: '003~' }], liveContactIds, []);
 * // 2: two contacts Salesforce purged from its Recycle Bin are now deleted
 */
export async function tombstoneMissing(
  db: SqlQueryable,
  tenantId: string,
  connectorId: string,
  entity: EntityType,
  ranges: readonly IdRange[],
  listed: readonly string[],
  keep: readonly string[] = [],
): Promise<number> {
  if (ranges.length === 0) return 0;
  const payload = JSON.stringify(ranges.map((r) => ({ after: r.after, through: r.through })));
  const ids = [...new Set([...listed, ...keep])];
  const [row] = await db.query<{ n: number }>(statement(CANONICAL_TABLES[entity].table), [tenantId, connectorId, payload, ids]);
  return Number(row?.n ?? 0);
}
