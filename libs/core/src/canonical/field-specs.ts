import { z } from 'zod';
import { CANONICAL_SCHEMAS, type EntityType } from './entities.js';

/**
 * What a canonical field holds once parsed, in storage-neutral terms: the
 * database derives its column types from it (libs/db canonical-tables) and
 * the gateway its GraphQL field types, so a field is declared once, in zod.
 */
export type FieldKind =
  /** Free text, enums, emails, ids. */
  | 'text'
  /** An integer within 32 bits (`z.int32()`). */
  | 'integer'
  /** An integer up to 2^53 (`z.number().int()`): money in minor units, counters. */
  | 'safeInteger'
  /** Any finite number. */
  | 'number'
  /** An instant (`z.date()`, ISO date-times). */
  | 'timestamp'
  /** A calendar day (`z.iso.date()`). */
  | 'date'
  /** Objects, records, arrays, unknown. */
  | 'json'
  | 'boolean';

export interface CanonicalFieldSpec {
  /** The field name in the zod schema (camelCase). */
  name: string;
  kind: FieldKind;
  /** True when a parsed record may lack the field (optional without a default). */
  optional: boolean;
  /** The field's `.describe()` text, if any. */
  description?: string;
}

/** Thrown when a canonical field uses a zod type this module cannot classify. */
export class UnsupportedFieldError extends Error {
  constructor(entity: string, field: string, type: string) {
    super(
      `Canonical field ${entity}.${field} has zod type "${type}", which has no storage kind: use one of the field builders in ` +
        'libs/core/src/canonical/fields.ts, or teach fieldKindOf in field-specs.ts the new type.',
    );
    this.name = 'UnsupportedFieldError';
  }
}

interface Walk {
  kind?: FieldKind;
  /** `unsupported` names the zod type that could not be classified. */
  unsupported?: string;
  optional: boolean;
  description?: string;
}

/** The kind of a leaf (non-wrapper) zod type, or undefined when it has none. */
function leafKind(schema: z.core.$ZodType): FieldKind | undefined {
  if (schema instanceof z.ZodStringFormat) {
    if (schema.format === 'date') return 'date';
    return schema.format === 'datetime' ? 'timestamp' : 'text';
  }
  if (schema instanceof z.ZodString || schema instanceof z.ZodEnum || schema instanceof z.ZodLiteral) return 'text';
  if (schema instanceof z.ZodNumber) {
    if (!schema.isInt) return 'number';
    return schema.format === 'int32' || schema.format === 'uint32' ? 'integer' : 'safeInteger';
  }
  if (schema instanceof z.ZodDate) return 'timestamp';
  if (schema instanceof z.ZodBoolean) return 'boolean';
  if (schema instanceof z.ZodRecord || schema instanceof z.ZodObject || schema instanceof z.ZodArray || schema instanceof z.ZodUnknown) {
    return 'json';
  }
  return undefined;
}

/**
 * Unwrap optional / nullable / default / preprocess pipes down to the type
 * the parsed value has. A default makes a field present whatever wraps it.
 */
function walk(schema: z.core.$ZodType, optional = false, description?: string): Walk {
  const described = description ?? z.globalRegistry.get(schema)?.description;
  if (schema instanceof z.ZodDefault) return { ...walk(schema.unwrap(), false, described), optional: false };
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return walk(schema.unwrap(), true, described);
  // A preprocess or transform pipe: the value stored is what comes out.
  if (schema instanceof z.ZodPipe) return walk(schema.out, optional, described);
  const kind = leafKind(schema);
  const base = { optional, ...(described ? { description: described } : {}) };
  return kind ? { ...base, kind } : { ...base, unsupported: schema._zod.def.type };
}

/** One field's spec; throws {@link UnsupportedFieldError} for a zod type without a kind. */
export function fieldSpecOf(entity: string, name: string, schema: z.core.$ZodType): CanonicalFieldSpec {
  const found = walk(schema);
  if (!found.kind) throw new UnsupportedFieldError(entity, name, found.unsupported ?? 'unknown');
  return { name, kind: found.kind, optional: found.optional, ...(found.description ? { description: found.description } : {}) };
}

/** Specs for every field of a zod object, in declaration order. */
export function fieldSpecsOf(entity: string, schema: z.ZodObject): CanonicalFieldSpec[] {
  return Object.entries(schema.shape).map(([name, field]) => fieldSpecOf(entity, name, field));
}

/**
 * Every field of a canonical entity with its kind, optionality and
 * description, read from the zod schema in {@link CANONICAL_SCHEMAS}.
 *
 * @example
 * canonicalFieldSpecs('charge').find((f) => f.name === 'amount');
 * // { name: 'amount', kind: 'safeInteger', optional: false, description: 'Minor units of currency (cents for USD, yen for JPY)' }
 */
export function canonicalFieldSpecs(entity: EntityType): CanonicalFieldSpec[] {
  return fieldSpecsOf(entity, CANONICAL_SCHEMAS[entity]);
}
