import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing/index.js';
import {
  columnOf,
  introspect,
  loadDatamodel,
  tableOf,
  type DmmfField,
  type DmmfModel,
  type Introspection,
} from './testing/schema-introspection.js';

const datamodel = loadDatamodel();
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
  let columns: Introspection['columns'];
  let indexes: Introspection['indexes'];
  let foreignKeys: Introspection['foreignKeys'];

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ columns, indexes, foreignKeys } = await introspect(db.sql));
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
});
