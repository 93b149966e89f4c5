import type { EntityType } from '@tributary/core';
import { CANONICAL_TABLES, type ColumnType, type TableSpec } from './canonical-tables.js';
import type { SqlQueryable } from './driver.js';

/** One clean canonical record and the vendor row it came from. */
export interface UpsertRow {
  record: Record<string, unknown>;
  raw: unknown;
}

export interface UpsertCounts {
  created: number;
  updated: number;
}

const statementCache = new Map<EntityType, string>();

const q = (identifier: string) => `"${identifier}"`;

/**
 * One set-based statement per batch. The batch travels as ONE jsonb
 * parameter, unpacked by `jsonb_to_recordset` (a single `JSON.stringify`
 * on the client instead of escaping a text array per column), then
 * `INSERT ... ON CONFLICT (tenant_id, connector_id, external_id) DO UPDATE
 * ... WHERE (...) IS DISTINCT FROM (...)`, so unchanged rows are not
 * rewritten, and `xmax = 0` tells inserts from updates.
 */
export function upsertStatement(entity: EntityType): string {
  const cached = statementCache.get(entity);
  if (cached) return cached;
  const sql = buildStatement(CANONICAL_TABLES[entity]);
  statementCache.set(entity, sql);
  return sql;
}

function buildStatement(spec: TableSpec): string {
  const cols = [...spec.columns.map((c) => c.column), 'raw'];
  const record = [...spec.columns.map((c) => `${q(c.column)} ${c.type}`), 'raw jsonb'];
  const mutable = cols.filter((c) => c !== 'external_id');
  return `WITH up AS (
  INSERT INTO ${q(spec.table)} AS x (tenant_id, connector_id, ${cols.map(q).join(', ')}, deleted_at, updated_at)
  SELECT $1::uuid, $2::uuid, ${cols.map((c) => `t.${q(c)}`).join(', ')}, NULL, now()
  FROM jsonb_to_recordset($3::jsonb) AS t(${record.join(', ')})
  ON CONFLICT (tenant_id, connector_id, external_id) DO UPDATE SET
    ${mutable.map((c) => `${q(c)} = EXCLUDED.${q(c)}`).join(',\n    ')},
    deleted_at = NULL,
    updated_at = now()
  WHERE (${mutable.map((c) => `x.${q(c)}`).join(', ')}, x.deleted_at) IS DISTINCT FROM (${mutable.map((c) => `EXCLUDED.${q(c)}`).join(', ')}, NULL::timestamptz)
  RETURNING (xmax = 0) AS inserted
)
SELECT count(*) FILTER (WHERE inserted)::int AS created, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`;
}

function toJsonValue(value: unknown, type: ColumnType): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return type === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/** The batch as the single jsonb parameter of {@link upsertStatement}: one object per row, keyed by column. */
export function upsertPayload(entity: EntityType, rows: readonly UpsertRow[]): string {
  const columns = CANONICAL_TABLES[entity].columns;
  const objects = rows.map((row) => {
    const out: Record<string, unknown> = { raw: row.raw ?? null };
    for (const c of columns) out[c.column] = toJsonValue(row.record[c.field], c.type);
    return out;
  });
  return JSON.stringify(objects);
}

/** Last row wins for a repeated external id (ON CONFLICT cannot touch a row twice in one statement). */
export function dedupeByExternalId(rows: readonly UpsertRow[]): UpsertRow[] {
  const byId = new Map<string, UpsertRow>();
  for (const row of rows) byId.set(String(row.record['externalId']), row);
  return byId.size === rows.length ? [...rows] : [...byId.values()];
}

/**
 * Upsert a batch of canonical records for one tenant and connector.
 * Re-syncing identical rows writes nothing and counts nothing.
 *
 * @example
 * await bulkUpsert(db.sql, tenantId, connectorId, 'charge', [{ record: charge, raw: stripeCharge }]);
 * // { created: 1, updated: 0 }
 */
export async function bulkUpsert(
  db: SqlQueryable,
  tenantId: string,
  connectorId: string,
  entity: EntityType,
  rows: readonly UpsertRow[],
): Promise<UpsertCounts> {
  if (rows.length === 0) return { created: 0, updated: 0 };
  const payload = upsertPayload(entity, dedupeByExternalId(rows));
  const [counts] = await db.query<{ created: number; updated: number }>(upsertStatement(entity), [tenantId, connectorId, payload]);
  return { created: Number(counts?.created ?? 0), updated: Number(counts?.updated ?? 0) };
}

/**
 * Tombstone records the vendor deleted: `deleted_at` is set, the row stays.
 * Returns how many live rows were marked.
 */
export async function markDeleted(
  db: SqlQueryable,
  tenantId: string,
  connectorId: string,
  entity: EntityType,
  externalIds: readonly string[],
): Promise<number> {
  if (externalIds.length === 0) return 0;
  const table = q(CANONICAL_TABLES[entity].table);
  const [row] = await db.query<{ n: number }>(
    `WITH d AS (UPDATE ${table} SET deleted_at = now(), updated_at = now()
      WHERE tenant_id = $1::uuid AND connector_id = $2::uuid AND external_id = ANY($3::text[]) AND deleted_at IS NULL RETURNING 1)
     SELECT count(*)::int AS n FROM d`,
    [tenantId, connectorId, [...new Set(externalIds)]],
  );
  return Number(row?.n ?? 0);
}

/**
 * Tombstone the participants of activities the vendor deleted (a deleted
 * message's senders and recipients, a cancelled meeting's attendees): the
 * vendor's deletion names only the activity. Returns how many live rows were marked.
 */
export async function markParticipantsDeleted(
  db: SqlQueryable,
  tenantId: string,
  connectorId: string,
  activityExternalIds: readonly string[],
): Promise<number> {
  if (activityExternalIds.length === 0) return 0;
  const table = q(CANONICAL_TABLES.activity_participant.table);
  const [row] = await db.query<{ n: number }>(
    `WITH d AS (UPDATE ${table} SET deleted_at = now(), updated_at = now()
      WHERE tenant_id = $1::uuid AND connector_id = $2::uuid AND activity_external_id = ANY($3::text[]) AND deleted_at IS NULL RETURNING 1)
     SELECT count(*)::int AS n FROM d`,
    [tenantId, connectorId, [...new Set(activityExternalIds)]],
  );
  return Number(row?.n ?? 0);
}
