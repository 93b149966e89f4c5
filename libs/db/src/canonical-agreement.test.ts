import { canonicalFields, ENTITY_TYPES } from '@tributary/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANONICAL_TABLES, type ColumnType } from './canonical-tables.js';
import { createTestDatabase, type TestDatabase } from './testing/index.js';
import { columnOf, introspect, loadDatamodel, tableOf, type Introspection } from './testing/schema-introspection.js';

const datamodel = loadDatamodel();

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

/**
 * The canonical tables as derived from core's zod schemas (CANONICAL_TABLES)
 * against what cannot be derived: the migrated database and schema.prisma.
 */
describe('the canonical schema, the migrations and schema.prisma agree', () => {
  let db: TestDatabase;
  let columns: Introspection['columns'];
  let indexes: Introspection['indexes'];
  let foreignKeys: Introspection['foreignKeys'];

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ columns, indexes, foreignKeys } = await introspect(db.sql));
  });
  afterAll(() => db.dispose());

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
