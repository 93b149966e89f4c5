import type { EntityType } from '@tributary/core';
import { CANONICAL_TABLES, type ColumnSpec, type ColumnType, type TableSpec } from './canonical-tables.js';

/** One clean canonical record and the vendor row it came from. */
export interface UpsertRow {
  record: Record<string, unknown>;
  raw: unknown;
}

export interface UpsertCounts {
  created: number;
  updated: number;
}

/** Anything that can run a parameterized query: a Prisma client or transaction. */
export interface RawQueryable {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

const ARRAY_TYPE: Record<ColumnType, string> = {
  text: 'text[]',
  bigint: 'bigint[]',
  integer: 'integer[]',
  float8: 'float8[]',
  timestamptz: 'timestamptz[]',
  date: 'date[]',
  // JSON travels as text and is cast per element (pg has no jsonb[] input from JS arrays).
  jsonb: 'text[]',
};

const statementCache = new Map<EntityType, string>();

/**
 * One set-based statement per batch: `INSERT ... SELECT FROM unnest(...)
 * ON CONFLICT (tenant_id, connector_id, external_id) DO UPDATE ... WHERE
 * (...) IS DISTINCT FROM (...)`, so unchanged rows are not rewritten, and
 * `xmax = 0` tells inserts from updates.
 */
export function upsertStatement(entity: EntityType): string {
  const cached = statementCache.get(entity);
  if (cached) return cached;
  const spec = CANONICAL_TABLES[entity];
  const sql = buildStatement(spec);
  statementCache.set(entity, sql);
  return sql;
}

function buildStatement(spec: TableSpec): string {
  const cols = [...spec.columns.map((c) => c.column), 'raw'];
  const types = [...spec.columns.map((c) => ARRAY_TYPE[c.type]), 'text[]'];
  const select = [...spec.columns.map((c) => (c.type === 'jsonb' ? `t.${q(c.column)}::jsonb` : `t.${q(c.column)}`)), 't.raw::jsonb'];
  const mutable = cols.filter((c) => c !== 'external_id');
  const unnest = types.map((t, i) => `$${i + 3}::${t}`).join(', ');
  return `WITH up AS (
  INSERT INTO ${q(spec.table)} AS x (tenant_id, connector_id, ${cols.map(q).join(', ')}, deleted_at, updated_at)
  SELECT $1::uuid, $2::uuid, ${select.join(', ')}, NULL, now()
  FROM unnest(${unnest}) AS t(${cols.map(q).join(', ')})
  ON CONFLICT (tenant_id, connector_id, external_id) DO UPDATE SET
    ${mutable.map((c) => `${q(c)} = EXCLUDED.${q(c)}`).join(',\n    ')},
    deleted_at = NULL,
    updated_at = now()
  WHERE (${mutable.map((c) => `x.${q(c)}`).join(', ')}, x.deleted_at) IS DISTINCT FROM (${mutable.map((c) => `EXCLUDED.${q(c)}`).join(', ')}, NULL::timestamptz)
  RETURNING (xmax = 0) AS inserted
)
SELECT count(*) FILTER (WHERE inserted)::int AS created, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`;
}

function q(identifier: string): string {
  return `"${identifier}"`;
}

function toParam(value: unknown, type: ColumnType): unknown {
  if (value === undefined || value === null) return null;
  switch (type) {
    case 'timestamptz':
      return value instanceof Date ? value.toISOString() : String(value);
    case 'date':
      return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    case 'jsonb':
      return JSON.stringify(value);
    case 'bigint':
    case 'integer':
      return typeof value === 'bigint' ? value.toString() : value;
    default:
      return value;
  }
}

/** Column-major parameter arrays for {@link upsertStatement}. */
export function upsertParams(entity: EntityType, rows: readonly UpsertRow[]): unknown[][] {
  const columns: readonly ColumnSpec[] = CANONICAL_TABLES[entity].columns;
  const arrays: unknown[][] = columns.map(() => new Array<unknown>(rows.length));
  const raws = new Array<string>(rows.length);
  rows.forEach((row, r) => {
    columns.forEach((c, i) => {
      (arrays[i] as unknown[])[r] = toParam(row.record[c.field], c.type);
    });
    raws[r] = JSON.stringify(row.raw ?? null);
  });
  return [...arrays, raws];
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
 * await bulkUpsert(prisma, tenantId, connectorId, 'charge', [{ record: charge, raw: stripeCharge }]);
 * // { created: 1, updated: 0 }
 */
export async function bulkUpsert(
  db: RawQueryable,
  tenantId: string,
  connectorId: string,
  entity: EntityType,
  rows: readonly UpsertRow[],
): Promise<UpsertCounts> {
  if (rows.length === 0) return { created: 0, updated: 0 };
  const unique = dedupeByExternalId(rows);
  const result = await db.$queryRawUnsafe<{ created: number; updated: number }[]>(
    upsertStatement(entity),
    tenantId,
    connectorId,
    ...upsertParams(entity, unique),
  );
  const counts = result[0];
  return { created: Number(counts?.created ?? 0), updated: Number(counts?.updated ?? 0) };
}

/**
 * Tombstone records the vendor deleted: `deleted_at` is set, the row stays.
 * Returns how many live rows were marked.
 */
export async function markDeleted(
  db: RawQueryable,
  tenantId: string,
  connectorId: string,
  entity: EntityType,
  externalIds: readonly string[],
): Promise<number> {
  if (externalIds.length === 0) return 0;
  const table = q(CANONICAL_TABLES[entity].table);
  const rows = await db.$queryRawUnsafe<{ n: number }[]>(
    `WITH d AS (UPDATE ${table} SET deleted_at = now(), updated_at = now()
      WHERE tenant_id = $1::uuid AND connector_id = $2::uuid AND external_id = ANY($3::text[]) AND deleted_at IS NULL RETURNING 1)
     SELECT count(*)::int AS n FROM d`,
    tenantId,
    connectorId,
    [...new Set(externalIds)],
  );
  return Number(rows[0]?.n ?? 0);
}
