import type { GenericFieldRef } from '@pothos/core';
import type { ColumnSpec } from '@tributary/db';
import type { builder } from '../builder.js';

/** A canonical row as Prisma returns it: the columns every canonical table has, the entity's fields by name. */
export interface CanonicalRow {
  connectorId: string;
  externalId: string;
  raw: unknown;
  deletedAt: Date | null;
  updatedAt: Date;
  [field: string]: unknown;
}

export const isCanonicalRow = (v: unknown): v is CanonicalRow =>
  typeof v === 'object' &&
  v !== null &&
  'connectorId' in v &&
  typeof v.connectorId === 'string' &&
  'externalId' in v &&
  typeof v.externalId === 'string' &&
  'updatedAt' in v &&
  v.updatedAt instanceof Date &&
  'deletedAt' in v &&
  (v.deletedAt === null || v.deletedAt instanceof Date);

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type Fields = PothosSchemaTypes.ObjectFieldBuilder<Types, CanonicalRow>;

const text = (v: unknown) => (typeof v === 'string' ? v : null);
const number = (v: unknown) => (typeof v === 'number' ? v : null);
const integer = (v: unknown) => (typeof v === 'bigint' || typeof v === 'number' ? v : null);
const bool = (v: unknown) => (typeof v === 'boolean' ? v : null);
const date = (v: unknown) => (v instanceof Date ? v : null);

/** A converter for a non-null column: a NULL there is an error (GraphQL's own rule), never a made-up value. */
const required =
  <T>(convert: (v: unknown) => T | null, c: ColumnSpec) =>
  (r: CanonicalRow): T => {
    const v = convert(r[c.field]);
    if (v === null) throw new Error(`${c.column} is NULL in a row of a NOT NULL column`);
    return v;
  };

const dateOnly = (v: unknown) => date(v)?.toISOString().slice(0, 10) ?? null;
const json = (v: unknown) => v ?? null;

/**
 * The GraphQL field of one canonical column: text -> String, integer -> Int,
 * bigint -> SafeInt (money in minor units, counters), float8 -> Float,
 * timestamptz -> DateTime, date -> String (YYYY-MM-DD), jsonb -> JSON,
 * boolean -> Boolean; nullable and described as the zod field is.
 */
function fieldOf(t: Fields, c: ColumnSpec): GenericFieldRef {
  const d = c.description ? { description: c.description } : {};
  const get =
    <T>(convert: (v: unknown) => T | null) =>
    (r: CanonicalRow) =>
      convert(r[c.field]);
  const n = c.nullable;
  switch (c.type) {
    case 'text':
      return n ? t.string({ ...d, nullable: true, resolve: get(text) }) : t.string({ ...d, resolve: required(text, c) });
    case 'integer':
      return n ? t.int({ ...d, nullable: true, resolve: get(number) }) : t.int({ ...d, resolve: required(number, c) });
    case 'float8':
      return n ? t.float({ ...d, nullable: true, resolve: get(number) }) : t.float({ ...d, resolve: required(number, c) });
    case 'bigint':
      return n
        ? t.field({ type: 'SafeInt', ...d, nullable: true, resolve: get(integer) })
        : t.field({ type: 'SafeInt', ...d, resolve: required(integer, c) });
    case 'boolean':
      return n ? t.boolean({ ...d, nullable: true, resolve: get(bool) }) : t.boolean({ ...d, resolve: required(bool, c) });
    case 'timestamptz':
      return n
        ? t.field({ type: 'DateTime', ...d, nullable: true, resolve: get(date) })
        : t.field({ type: 'DateTime', ...d, resolve: required(date, c) });
    case 'date':
      return n ? t.string({ ...d, nullable: true, resolve: get(dateOnly) }) : t.string({ ...d, resolve: required(dateOnly, c) });
    case 'jsonb':
      return n
        ? t.field({ type: 'JSON', ...d, nullable: true, resolve: get(json) })
        : t.field({ type: 'JSON', ...d, resolve: required(json, c) });
  }
}

/** Every canonical field of a table as GraphQL fields, keyed by field name. */
export function canonicalFields(t: Fields, columns: readonly ColumnSpec[]): Record<string, GenericFieldRef> {
  return Object.fromEntries(columns.map((c) => [c.field, fieldOf(t, c)]));
}
