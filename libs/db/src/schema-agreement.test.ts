import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { canonicalFields, ENTITY_TYPES } from '@tributary/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANONICAL_TABLES, type ColumnType } from './canonical-tables.js';
import { createTestDatabase, type TestDatabase } from './testing/index.js';

// The data model Prisma generated from schema.prisma (fields, db names, uniques, indexes).
interface DmmfField {
  name: string;
  kind: 'scalar' | 'enum' | 'object';
  type: string;
  dbName: string | null;
  isRequired: boolean;
  isList: boolean;
  isId: boolean;
  isUnique: boolean;
  nativeType: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  uniqueFields: string[][];
}
interface DmmfIndex {
  model: string;
  type: 'id' | 'normal' | 'unique' | 'fulltext';
  fields: { name: string }[];
}
const datamodel = JSON.parse(readFileSync(fileURLToPath(new URL('./generated/datamodel.json', import.meta.url)), 'utf8')) as {
  models: DmmfModel[];
  indexes: DmmfIndex[];
};

/** The PostgreSQL types (udt names) a derived column type may have: currency codes are char(3). */
const UDTS: Record<ColumnType, readonly string[]> = {
  text: ['text', 'bpchar', 'varchar'],
  bigint: ['int8'],
  integer: ['int4'],
  float8: ['float8'],
  timestamptz: ['timestamptz'],
  date: ['date'],
  jsonb: ['jsonb'],
  boolean: ['bool'],
};

/** The columns every canonical table has besides its entity's fields. */
const STANDARD_COLUMNS: Record<string, { udts: readonly string[]; nullable: boolean }> = {
  tenant_id: { udts: ['uuid'], nullable: false },
  connector_id: { udts: ['uuid'], nullable: false },
  raw: { udts: ['jsonb'], nullable: false },
  deleted_at: { udts: ['timestamptz'], nullable: true },
  created_at: { udts: ['timestamptz'], nullable: false },
  updated_at: { udts: ['timestamptz'], nullable: false },
};

const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
const columnOf = (f: DmmfField) => f.dbName ?? f.name;
const modelByName = new Map(datamodel.models.map((m) => [m.name, m]));

/** The PostgreSQL type a Prisma field must have. */
function expectedUdt(f: DmmfField): string {
  const native = f.nativeType?.[0];
  if (f.kind === 'enum') return f.type;
  const base: Record<string, string> = {
    String: 'text',
    Int: 'int4',
    BigInt: 'int8',
    Float: 'float8',
    Boolean: 'bool',
    Json: 'jsonb',
    DateTime: 'timestamp',
  };
  let udt = base[f.type] ?? f.type;
  if (native === 'Uuid') udt = 'uuid';
  if (native === 'Char') udt = 'bpchar';
  if (native === 'Timestamptz') udt = 'timestamptz';
  if (native === 'Date') udt = 'date';
  return f.isList ? `_${udt}` : udt;
}

describe('schema.prisma and the migrated database agree', () => {
  let db: TestDatabase;
  let columns: Map<string, { udt: string; nullable: boolean }>;
  let indexes: { table: string; columns: string[]; unique: boolean; primary: boolean }[];
  let foreignKeys: { table: string; columns: string[]; refTable: string; refColumns: string[] }[];

  beforeAll(async () => {
    db = await createTestDatabase();
    const cols = await db.sql.query<{ table_name: string; column_name: string; udt_name: string; is_nullable: string }>(
      `SELECT table_name, column_name, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    columns = new Map(cols.map((c) => [`${c.table_name}.${c.column_name}`, { udt: c.udt_name, nullable: c.is_nullable === 'YES' }]));
    indexes = await db.sql.query(
      `SELECT t.relname AS "table", ix.indisunique AS "unique", ix.indisprimary AS "primary",
              array_agg(a.attname::text ORDER BY k.ord) AS "columns"
         FROM pg_index ix
         JOIN pg_class t ON t.oid = ix.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
         JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord) ON true
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        GROUP BY t.relname, ix.indexrelid, ix.indisunique, ix.indisprimary`,
    );
    foreignKeys = await db.sql.query(
      `SELECT c.conrelid::regclass::text AS "table", c.confrelid::regclass::text AS "refTable",
              (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(n, ord)
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n) AS "columns",
              (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY k(n, ord)
                 JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n) AS "refColumns"
         FROM pg_constraint c WHERE c.contype = 'f'`,
    );
  });
  afterAll(() => db.dispose());

  it('every model field exists as a column of a compatible type and nullability', () => {
    const problems: string[] = [];
    for (const model of datamodel.models) {
      for (const f of model.fields.filter((x) => x.kind !== 'object')) {
        const col = columns.get(`${tableOf(model)}.${columnOf(f)}`);
        if (!col) problems.push(`${model.name}.${f.name}: no column ${tableOf(model)}.${columnOf(f)}`);
        else if (col.udt !== expectedUdt(f)) problems.push(`${model.name}.${f.name}: ${col.udt}, schema says ${expectedUdt(f)}`);
        else if (!f.isList && col.nullable === f.isRequired) problems.push(`${model.name}.${f.name}: nullable=${col.nullable}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every table and column in the database is in the schema (no drift the other way)', () => {
    const known = new Set(
      datamodel.models.flatMap((m) => m.fields.filter((f) => f.kind !== 'object').map((f) => `${tableOf(m)}.${columnOf(f)}`)),
    );
    const extra = [...columns.keys()].filter((k) => !k.startsWith('_prisma_migrations.') && !known.has(k));
    expect(extra).toEqual([]);
  });

  it('every primary key, unique constraint and index exists on the same columns in order', () => {
    const has = (table: string, cols: string[], kind: 'primary' | 'unique' | 'normal') =>
      indexes.some((i) => i.table === table && i.columns.join() === cols.join() && (kind === 'normal' || i[kind]));
    const missing: string[] = [];
    for (const index of datamodel.indexes) {
      const model = modelByName.get(index.model);
      if (!model) continue;
      const cols = index.fields.map((f) => columnOf(model.fields.find((x) => x.name === f.name) as DmmfField));
      const kind = index.type === 'id' ? 'primary' : index.type === 'unique' ? 'unique' : 'normal';
      if (!has(tableOf(model), cols, kind)) missing.push(`${index.model} ${index.type} (${cols.join(', ')})`);
    }
    expect(datamodel.indexes.length).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });

  it('every relation is a foreign key on the same columns', () => {
    const missing: string[] = [];
    for (const model of datamodel.models) {
      for (const f of model.fields.filter((x) => x.kind === 'object' && x.relationFromFields?.length)) {
        const target = modelByName.get(f.type) as DmmfModel;
        const cols = (f.relationFromFields ?? []).map((n) => columnOf(model.fields.find((x) => x.name === n) as DmmfField));
        const refs = (f.relationToFields ?? []).map((n) => columnOf(target.fields.find((x) => x.name === n) as DmmfField));
        const found = foreignKeys.some(
          (k) =>
            k.table === tableOf(model) &&
            k.refTable === tableOf(target) &&
            k.columns.join() === cols.join() &&
            k.refColumns.join() === refs.join(),
        );
        if (!found) missing.push(`${model.name}.${f.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every canonical table has exactly its derived columns: type, nullability, and the standard columns', () => {
    const problems: string[] = [];
    for (const entity of ENTITY_TYPES) {
      const spec = CANONICAL_TABLES[entity];
      expect(spec.columns.map((c) => c.field).sort()).toEqual(canonicalFields(entity).sort());
      const expected = new Map<string, { udts: readonly string[]; nullable: boolean }>([
        ...Object.entries(STANDARD_COLUMNS),
        ...spec.columns.map((c) => [c.column, { udts: UDTS[c.type], nullable: c.nullable }] as const),
      ]);
      const actual = [...columns.keys()].filter((k) => k.startsWith(`${spec.table}.`)).map((k) => k.slice(spec.table.length + 1));
      for (const name of actual) if (!expected.has(name)) problems.push(`${spec.table}.${name}: not a field of ${entity}`);
      for (const [name, want] of expected) {
        const col = columns.get(`${spec.table}.${name}`);
        if (!col) problems.push(`${spec.table}.${name}: missing`);
        else if (!want.udts.includes(col.udt)) problems.push(`${spec.table}.${name}: ${col.udt}, expected ${want.udts.join(' or ')}`);
        else if (col.nullable !== want.nullable)
          problems.push(`${spec.table}.${name}: nullable=${col.nullable}, expected ${want.nullable}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every canonical table is keyed by (tenant_id, connector_id, external_id) and belongs to its tenant’s connector', () => {
    for (const entity of ENTITY_TYPES) {
      const { table } = CANONICAL_TABLES[entity];
      expect(
        indexes.some((i) => i.table === table && i.primary && i.columns.join() === 'tenant_id,connector_id,external_id'),
        `${table} primary key`,
      ).toBe(true);
      expect(
        foreignKeys.some(
          (k) =>
            k.table === table &&
            k.refTable === 'connectors' &&
            k.columns.join() === 'tenant_id,connector_id' &&
            k.refColumns.join() === 'tenant_id,id',
        ),
        `${table} foreign key to connectors`,
      ).toBe(true);
    }
  });

  it('schema.prisma has a model per canonical entity (named after it) with the derived columns', () => {
    const pascal = (entity: string) => entity.replace(/(^|_)([a-z])/g, (_m, _s, c: string) => c.toUpperCase());
    for (const entity of ENTITY_TYPES) {
      const spec = CANONICAL_TABLES[entity];
      const model = datamodel.models.find((m) => tableOf(m) === spec.table);
      expect(model?.name, spec.table).toBe(pascal(entity));
      const scalar = (model?.fields ?? []).filter((f) => f.kind !== 'object');
      expect(scalar.map(columnOf).sort(), spec.table).toEqual(
        [...Object.keys(STANDARD_COLUMNS), ...spec.columns.map((c) => c.column)].sort(),
      );
      for (const c of spec.columns) {
        const field = scalar.find((f) => columnOf(f) === c.column);
        expect(field?.name, `${spec.table}.${c.column}`).toBe(c.field);
        expect(field?.isRequired, `${spec.table}.${c.column} required`).toBe(!c.nullable);
      }
    }
  });
});
