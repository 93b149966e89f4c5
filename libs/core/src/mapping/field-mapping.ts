import { z } from 'zod';
import { canonicalFields, type EntityType } from '../canonical/entities.js';
import { getPath, parsePath } from '../util/path.js';

export const TRANSFORMS = ['none', 'lowercase', 'uppercase', 'trim'] as const;
export const Transform = z.enum(TRANSFORMS);
export type Transform = z.infer<typeof Transform>;

/**
 * One source -> canonical field rule.
 *
 * `source` is a dot path into the vendor row (`billing_details.email`,
 * `lines.data.0.price.id`); a path starting with `$.` reads a value the
 * connector derived (unit conversions, fallbacks) instead of the raw row.
 */
export const FieldMapping = z.object({
  stream: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  transform: Transform.default('none'),
});
export type FieldMapping = z.infer<typeof FieldMapping>;
export type FieldMappingInput = z.input<typeof FieldMapping>;

/** A record as a connector emits it: the vendor row, plus derived values. */
export interface MappableRecord {
  stream: string;
  raw: Record<string, unknown>;
  derived?: Record<string, unknown>;
}

const DERIVED_PREFIX = '$.';

function applyTransform(value: unknown, transform: Transform): unknown {
  if (typeof value !== 'string' || transform === 'none') return value;
  if (transform === 'lowercase') return value.toLowerCase();
  if (transform === 'uppercase') return value.toUpperCase();
  return value.trim();
}

/**
 * Defaults merged with tenant overrides: an override replaces the default
 * for the same (stream, target) and may add targets the defaults leave out.
 */
export function mergeMappings(defaults: readonly FieldMappingInput[], overrides: readonly FieldMappingInput[] = []): FieldMapping[] {
  const merged = new Map<string, FieldMapping>();
  for (const m of [...defaults, ...overrides]) {
    const parsed = FieldMapping.parse(m);
    merged.set(`${parsed.stream}\u0000${parsed.target}`, parsed);
  }
  return [...merged.values()];
}

interface CompiledRule {
  target: string;
  derived: boolean;
  segments: string[];
  transform: Transform;
}

/** Mappings grouped by stream with their paths pre-split, for the per-row hot path. */
export type CompiledMappings = ReadonlyMap<string, readonly CompiledRule[]>;

export function compileMappings(mappings: readonly FieldMapping[]): CompiledMappings {
  const byStream = new Map<string, CompiledRule[]>();
  for (const m of mappings) {
    const derived = m.source.startsWith(DERIVED_PREFIX);
    const rule: CompiledRule = {
      target: m.target,
      derived,
      segments: parsePath(derived ? m.source.slice(DERIVED_PREFIX.length) : m.source),
      transform: m.transform,
    };
    const list = byStream.get(m.stream) ?? [];
    list.push(rule);
    byStream.set(m.stream, list);
  }
  return byStream;
}

/**
 * Raw record -> canonical candidate (not yet validated). Pure.
 *
 * @example
 * const compiled = compileMappings([{ stream: 'customers', source: 'email', target: 'email', transform: 'lowercase' }]);
 * applyMappings(compiled, { stream: 'customers', raw: { email: 'A@B.CO' } }) // { email: 'a@b.co' }
 */
export function applyMappings(compiled: CompiledMappings, record: MappableRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const rule of compiled.get(record.stream) ?? []) {
    const value = getPath(rule.derived ? record.derived : record.raw, rule.segments);
    if (value !== undefined) out[rule.target] = applyTransform(value, rule.transform);
  }
  return out;
}

export interface MappingIssue {
  index: number;
  message: string;
}

/**
 * Check mappings against the connector's streams and the canonical schema:
 * every stream exists, every target is a field of the stream's entity.
 */
export function validateMappings(
  mappings: readonly FieldMappingInput[],
  streams: readonly { name: string; entity: EntityType }[],
): MappingIssue[] {
  const issues: MappingIssue[] = [];
  mappings.forEach((m, index) => {
    const parsed = FieldMapping.safeParse(m);
    if (!parsed.success) {
      issues.push({ index, message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      return;
    }
    const stream = streams.find((s) => s.name === parsed.data.stream);
    if (!stream) {
      issues.push({ index, message: `Unknown stream "${parsed.data.stream}"` });
      return;
    }
    if (!canonicalFields(stream.entity).includes(parsed.data.target)) {
      issues.push({ index, message: `"${parsed.data.target}" is not a field of ${stream.entity}` });
    }
  });
  return issues;
}
