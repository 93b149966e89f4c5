import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SqlQueryable } from '../driver.js';

/** A field of the data model Prisma generated from schema.prisma. */
export interface DmmfField {
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
export interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  uniqueFields: string[][];
}
export interface DmmfIndex {
  model: string;
  type: 'id' | 'normal' | 'unique' | 'fulltext';
  fields: { name: string }[];
}
export interface Datamodel {
  models: DmmfModel[];
  indexes: DmmfIndex[];
}

/** The data model as `prisma generate` wrote it (tools/prisma/datamodel-generator.mjs), from the sources. */
export function loadDatamodel(): Datamodel {
  const file = fileURLToPath(new URL('../generated/datamodel.json', import.meta.url));
  return JSON.parse(readFileSync(file, 'utf8')) as Datamodel;
}

export const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
export const columnOf = (f: DmmfField) => f.dbName ?? f.name;

/** The public schema of a migrated database. Columns are keyed `table.column`. */
export interface Introspection {
  columns: Map<string, { udt: string; nullable: boolean }>;
  indexes: { table: string; columns: string[]; unique: boolean; primary: boolean }[];
  foreignKeys: { table: string; columns: string[]; refTable: string; refColumns: string[] }[];
}

/** Read columns, indexes and foreign keys from the catalog (for the schema agreement suites). */
export async function introspect(sql: SqlQueryable): Promise<Introspection> {
  const cols = await sql.query<{ table_name: string; column_name: string; udt_name: string; is_nullable: string }>(
    `SELECT table_name, column_name, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  const indexes = await sql.query<Introspection['indexes'][number]>(
    `SELECT t.relname AS "table", ix.indisunique AS "unique", ix.indisprimary AS "primary",
            array_agg(a.attname::text ORDER BY k.ord) AS "columns"
       FROM pg_index ix
       JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
       JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord) ON true
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
      GROUP BY t.relname, ix.indexrelid, ix.indisunique, ix.indisprimary`,
  );
  const foreignKeys = await sql.query<Introspection['foreignKeys'][number]>(
    `SELECT c.conrelid::regclass::text AS "table", c.confrelid::regclass::text AS "refTable",
            (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(n, ord)
               JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n) AS "columns",
            (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY k(n, ord)
               JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n) AS "refColumns"
       FROM pg_constraint c WHERE c.contype = 'f'`,
  );
  const columns = new Map(cols.map((c) => [`${c.table_name}.${c.column_name}`, { udt: c.udt_name, nullable: c.is_nullable === 'YES' }]));
  return { columns, indexes, foreignKeys };
}
