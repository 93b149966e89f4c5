import type { FieldType } from '../schema.js';
import type { SfRecord, SfValue } from '../types.js';
import type { BoundCondition, BoundQuery, BoundSelect, ResolvedField } from './bind.js';
import type { Literal } from './types.js';

/** Where a query reads records from. */
export interface SoqlSource {
  /** Rows of an object: live ones, plus soft-deleted ones (`IsDeleted: true`) when `includeDeleted` (queryAll). */
  rows(object: string, includeDeleted: boolean): Iterable<SfRecord>;
  /** A live record by id, for lookups (`Contact.Email`). */
  byId(object: string, id: string): SfRecord | undefined;
  /** `attributes.url` of a record. */
  url(object: string, id: string): string;
}

type Key = number | string;

function valueOf(source: SoqlSource, row: SfRecord, field: ResolvedField): SfValue {
  let current: SfRecord | undefined = row;
  for (const hop of field.hops) {
    const id: SfValue | undefined = current?.[hop.lookup];
    current = typeof id === 'string' ? source.byId(hop.object.name, id) : undefined;
  }
  return current?.[field.field] ?? null;
}

const ID_TYPES = new Set<FieldType>(['id', 'reference']);

/**
 * Comparable text: an id by its case-sensitive 15-character form (an
 * 18-character id only adds a checksum of it, so `ORDER BY Id` is the order
 * of its characters, 0-9 < A-Z < a-z); other text case-insensitive, as SOQL
 * compares it.
 */
const textKey = (text: string, type: FieldType): string => (ID_TYPES.has(type) ? text.slice(0, 15) : text.toLowerCase());

/** Comparable form: datetimes as epoch ms, booleans as 0/1, text as {@link textKey}. */
function keyOf(value: SfValue, type: FieldType): Key {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  if (type === 'datetime') return Date.parse(String(value));
  return textKey(String(value), type);
}

function literalKey(literal: Exclude<Literal, { kind: 'null' }>, type: FieldType): Key {
  if (literal.kind === 'boolean') return literal.value ? 1 : 0;
  if (literal.kind === 'string') return textKey(literal.value, type);
  return literal.value;
}

const order = (a: Key, b: Key): number => (a < b ? -1 : a > b ? 1 : 0);

function equalsLiteral(value: SfValue, literal: Literal, type: FieldType): boolean {
  if (literal.kind === 'null') return value === null;
  return value !== null && keyOf(value, type) === literalKey(literal, type);
}

function test(source: SoqlSource, row: SfRecord, condition: BoundCondition): boolean {
  switch (condition.kind) {
    case 'and':
      return condition.items.every((c) => test(source, row, c));
    case 'or':
      return condition.items.some((c) => test(source, row, c));
    case 'not':
      return !test(source, row, condition.item);
    case 'in': {
      const value = valueOf(source, row, condition.field);
      const found = condition.values.some((v) => equalsLiteral(value, v, condition.field.type));
      return condition.negated ? !found : found;
    }
    case 'compare': {
      const value = valueOf(source, row, condition.field);
      const { op, value: literal } = condition;
      if (op === '=' || op === '!=') return equalsLiteral(value, literal, condition.field.type) === (op === '=');
      if (value === null || literal.kind === 'null') return false;
      const c = order(keyOf(value, condition.field.type), literalKey(literal, condition.field.type));
      return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
    }
  }
}

function sortRows(source: SoqlSource, rows: SfRecord[], query: BoundQuery): SfRecord[] {
  if (query.orderBy.length === 0) return rows;
  return rows.sort((a, b) => {
    for (const item of query.orderBy) {
      const x = valueOf(source, a, item.field);
      const y = valueOf(source, b, item.field);
      if (x === null || y === null) {
        if (x === y) continue;
        return (x === null ? -1 : 1) * (item.nullsLast ? -1 : 1);
      }
      const c = order(keyOf(x, item.field.type), keyOf(y, item.field.type));
      if (c !== 0) return item.descending ? -c : c;
    }
    return 0;
  });
}

/** Rows matching a query, sorted and limited (not yet rendered). */
function select(source: SoqlSource, query: BoundQuery, rows: Iterable<SfRecord>): SfRecord[] {
  const matched = [...rows].filter((row) => !query.where || test(source, row, query.where));
  const sorted = sortRows(source, matched, query);
  return query.limit === undefined ? sorted : sorted.slice(0, query.limit);
}

function setPath(source: SoqlSource, out: Record<string, unknown>, row: SfRecord, field: ResolvedField): void {
  let target = out;
  let current: SfRecord | undefined = row;
  for (const hop of field.hops) {
    const id: SfValue | undefined = current?.[hop.lookup];
    current = typeof id === 'string' ? source.byId(hop.object.name, id) : undefined;
    if (!current) {
      target[hop.relation] ??= null;
      return;
    }
    const existing = target[hop.relation];
    const nested: Record<string, unknown> =
      existing && typeof existing === 'object'
        ? (existing as Record<string, unknown>)
        : { attributes: attributes(source, hop.object.name, current) };
    target[hop.relation] = nested;
    target = nested;
  }
  target[field.field] = current?.[field.field] ?? null;
}

function attributes(source: SoqlSource, object: string, row: SfRecord): { type: string; url: string } {
  return { type: object, url: source.url(object, String(row['Id'])) };
}

/** Child rows per parent id, for one subquery over the given parents. */
function childIndex(source: SoqlSource, item: Extract<BoundSelect, { kind: 'subquery' }>, parents: ReadonlySet<string>, queryAll: boolean) {
  const index = new Map<string, SfRecord[]>();
  for (const child of source.rows(item.query.object.name, queryAll)) {
    const parent = child[item.childField];
    if (typeof parent !== 'string' || !parents.has(parent)) continue;
    const list = index.get(parent);
    if (list) list.push(child);
    else index.set(parent, [child]);
  }
  return index;
}

function render(
  source: SoqlSource,
  query: BoundQuery,
  row: SfRecord,
  children: Map<BoundSelect, Map<string, SfRecord[]>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { attributes: attributes(source, query.object.name, row) };
  for (const item of query.select) {
    if (item.kind === 'field') {
      setPath(source, out, row, item.field);
      continue;
    }
    const rows = select(source, item.query, children.get(item)?.get(String(row['Id'])) ?? []);
    // A parent without child rows gets null, not an empty result.
    out[item.relation] =
      rows.length === 0 ? null : { totalSize: rows.length, done: true, records: rows.map((r) => render(source, item.query, r, new Map())) };
  }
  return out;
}

/**
 * Run a bound query: filter, sort, limit, then render each row as the REST
 * API does (`attributes` first, lookups as nested objects or null, child
 * subqueries as `{totalSize, done, records}` or null).
 *
 * @example
 * executeQuery(bound, source, { queryAll: true }).length
 */
export function executeQuery(query: BoundQuery, source: SoqlSource, options: { queryAll: boolean }): Record<string, unknown>[] {
  const rows = select(source, query, source.rows(query.object.name, options.queryAll));
  const ids = new Set(rows.map((r) => String(r['Id'])));
  const children = new Map<BoundSelect, Map<string, SfRecord[]>>();
  for (const item of query.select) if (item.kind === 'subquery') children.set(item, childIndex(source, item, ids, options.queryAll));
  return rows.map((row) => render(source, query, row, children));
}
