import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ENTITY_TYPES, type EntityType } from '@tributary/core';
import { forTenant, type PrismaClient } from '@tributary/db';

/** A stored canonical row reduced to what a sync decides: its fields, tombstone flag and a digest of the raw row. */
export type StoredRow = Record<string, unknown>;
/** Per entity, the stored rows of one connector, sorted by external id. */
export type StoredRows = Partial<Record<EntityType, StoredRow[]>>;

/** Columns the database or the run decides (ids, timestamps), not the connector. */
const VOLATILE = new Set(['deletedAt', 'raw']);

function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

/**
 * Every stored canonical row of one connector, in a stable, comparable
 * form: canonical fields, `deleted` (tombstone), and a short digest of the
 * raw vendor row. Two syncs that store the same data give equal results.
 *
 * @example
 * expect(await storedRows(h.db.prisma, { tenantId, connectorId })).toEqual(fixture.full);
 */
export async function storedRows(prisma: PrismaClient, where: { tenantId: string; connectorId: string }): Promise<StoredRows> {
  const out: StoredRows = {};
  for (const entity of ENTITY_TYPES) {
    const rows = await forTenant(prisma, where.tenantId).canonical.list(entity, where.connectorId, { includeDeleted: true });
    if (rows.length === 0) continue;
    out[entity] = rows.map((row) => {
      const fields: StoredRow = {};
      for (const [key, value] of Object.entries(row)) if (!VOLATILE.has(key)) fields[key] = plain(value);
      fields['deleted'] = row['deletedAt'] !== null;
      fields['raw'] = createHash('sha256').update(JSON.stringify(row['raw'])).digest('hex').slice(0, 16);
      return fields;
    });
  }
  return out;
}

/**
 * The recorded rows of `name` in a fixture file; with
 * `TRIBUTARY_RECORD_FIXTURES=1` the given rows are written instead (and returned).
 * A missing fixture is an error, never a silent pass.
 */
export function rowsFixture(path: string, name: string, rows: StoredRows): StoredRows {
  const existing: Record<string, StoredRows> = existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, StoredRows>)
    : {};
  if (process.env['TRIBUTARY_RECORD_FIXTURES'] === '1') {
    existing[name] = rows;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, serialize(existing));
    return rows;
  }
  const recorded = existing[name];
  if (!recorded) throw new Error(`No recorded rows "${name}" in ${path}: record them with TRIBUTARY_RECORD_FIXTURES=1`);
  return recorded;
}

/** One row per line: small diffs when a fixture is re-recorded. */
function serialize(fixture: Record<string, StoredRows>): string {
  const runs = Object.entries(fixture).map(([name, rows]) => {
    const entities = Object.entries(rows).map(
      ([entity, list]) => `  ${JSON.stringify(entity)}: [\n${(list ?? []).map((r) => `   ${JSON.stringify(r)}`).join(',\n')}\n  ]`,
    );
    return ` ${JSON.stringify(name)}: {\n${entities.join(',\n')}\n }`;
  });
  return `{\n${runs.join(',\n')}\n}\n`;
}
