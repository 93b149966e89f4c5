import { canonicalFieldSpecs, ENTITY_TYPES, type CanonicalFieldSpec, type EntityType, type FieldKind } from '@tributary/core';

export type ColumnType = 'text' | 'bigint' | 'integer' | 'float8' | 'timestamptz' | 'date' | 'jsonb' | 'boolean';

export interface ColumnSpec {
  /** Canonical field name (core's zod schema). */
  field: string;
  column: string;
  type: ColumnType;
  /** NULL allowed: the field is optional in the zod schema (and has no default). */
  nullable: boolean;
  /** The field's description in the zod schema. */
  description?: string;
}

export interface TableSpec {
  table: string;
  columns: readonly ColumnSpec[];
}

/** How each kind of canonical value is stored. */
const COLUMN_TYPES: Record<FieldKind, ColumnType> = {
  text: 'text',
  integer: 'integer',
  safeInteger: 'bigint',
  number: 'float8',
  timestamp: 'timestamptz',
  date: 'date',
  json: 'jsonb',
  boolean: 'boolean',
};

/**
 * Column types the zod type cannot tell (none today). Add `entity: { field:
 * type }` here only when a field must be stored differently from its kind.
 */
export const COLUMN_TYPE_OVERRIDES: Partial<Record<EntityType, Record<string, ColumnType>>> = {};

/** Table names English does not form by adding "s" (the rest: `deal` -> `deals`, `activity` -> `activities`). */
const IRREGULAR_TABLES: Partial<Record<EntityType, string>> = { person: 'people', site_analytics: 'site_analytics' };

/** `accountExternalId` -> `account_external_id`. */
export const snakeCase = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The table of an entity: `channel_metric` -> `channel_metrics`, `activity` -> `activities`, `person` -> `people`. */
export function tableNameOf(entity: string, irregular: Readonly<Record<string, string>> = IRREGULAR_TABLES): string {
  const named = irregular[entity];
  if (named) return named;
  if (/[^aeiou]y$/.test(entity)) return `${entity.slice(0, -1)}ies`;
  return /(s|x|z|ch|sh)$/.test(entity) ? `${entity}es` : `${entity}s`;
}

/**
 * A table spec from field specs: column = snake_case of the field, type from
 * the field's kind unless `overrides` names it, NULL where the field is optional.
 */
export function deriveTable(
  table: string,
  fields: readonly CanonicalFieldSpec[],
  overrides: Readonly<Record<string, ColumnType>> = {},
): TableSpec {
  return {
    table,
    columns: fields.map((f) => ({
      field: f.name,
      column: snakeCase(f.name),
      type: overrides[f.name] ?? COLUMN_TYPES[f.kind],
      nullable: f.optional,
      ...(f.description ? { description: f.description } : {}),
    })),
  };
}

/**
 * Where each canonical entity is stored, derived from core's zod schemas.
 * Besides these columns every table has tenant_id, connector_id, raw,
 * deleted_at, created_at and updated_at, and the key (tenant_id,
 * connector_id, external_id). canonical-agreement.test.ts checks the migrated
 * database and schema.prisma have exactly these columns, types and nullability.
 */
export const CANONICAL_TABLES: Record<EntityType, TableSpec> = Object.fromEntries(
  ENTITY_TYPES.map((entity) => [entity, deriveTable(tableNameOf(entity), canonicalFieldSpecs(entity), COLUMN_TYPE_OVERRIDES[entity])]),
) as Record<EntityType, TableSpec>;
