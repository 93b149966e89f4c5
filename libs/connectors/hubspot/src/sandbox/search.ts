import { z } from 'zod';
import { STAMP_PROPERTY } from '../api.js';
import { propertyValue } from './render.js';
import type { ObjectStore } from './store.js';
import type { SimObject } from './types.js';

const OPERATORS = [
  'EQ',
  'NEQ',
  'LT',
  'LTE',
  'GT',
  'GTE',
  'BETWEEN',
  'IN',
  'NOT_IN',
  'HAS_PROPERTY',
  'NOT_HAS_PROPERTY',
  'CONTAINS_TOKEN',
  'NOT_CONTAINS_TOKEN',
] as const;
const Scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);

const Filter = z.object({
  propertyName: z.string(),
  operator: z.enum(OPERATORS),
  value: Scalar.optional(),
  highValue: Scalar.optional(),
  values: z.array(Scalar).optional(),
});
type Filter = z.infer<typeof Filter>;

/**
 * A search body (`PublicObjectSearchRequest`): up to 5 filter groups (OR) of
 * filters (AND), 25 filters in all; one sort, `{propertyName, direction}`
 * (a string sort is not applied, as at HubSpot); `limit` up to 200; `after`
 * the offset to start at.
 */
export const SearchBody = z
  .object({
    filterGroups: z
      .array(z.object({ filters: z.array(Filter).max(10) }))
      .max(5)
      .default([]),
    sorts: z
      .array(
        z.union([z.object({ propertyName: z.string(), direction: z.enum(['ASCENDING', 'DESCENDING']).default('ASCENDING') }), z.string()]),
      )
      .max(1)
      .default([]),
    query: z.string().max(3000).optional(),
    properties: z.array(z.string()).optional(),
    limit: z.int().min(0).max(200).default(10),
    after: Scalar.pipe(z.string().regex(/^\d+$/, 'after must be a non-negative integer')).optional(),
  })
  .refine((b) => b.filterGroups.reduce((n, g) => n + g.filters.length, 0) <= 25, 'at most 25 filters in all');
export type SearchBody = z.infer<typeof SearchBody>;

/** A property value as filters compare it: numbers and dates as numbers, text in lower case. */
function comparable(value: string): number | string {
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (/^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value))) return Date.parse(value);
  return value.toLowerCase();
}

/** Numbers by value, anything else as text. */
function compare(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function matches(record: SimObject, filter: Filter, store: ObjectStore): boolean {
  const raw = propertyValue(store.type, record, filter.propertyName);
  const has = raw !== undefined && raw !== null && raw !== '';
  if (filter.operator === 'HAS_PROPERTY') return has;
  if (filter.operator === 'NOT_HAS_PROPERTY') return !has;
  if (!has) return filter.operator === 'NEQ' || filter.operator === 'NOT_IN' || filter.operator === 'NOT_CONTAINS_TOKEN';
  const x = comparable(raw);
  const v = comparable(filter.value ?? '');
  const list = (filter.values ?? []).map(comparable);
  switch (filter.operator) {
    case 'EQ':
      return x === v;
    case 'NEQ':
      return x !== v;
    case 'LT':
      return compare(x, v) < 0;
    case 'LTE':
      return compare(x, v) <= 0;
    case 'GT':
      return compare(x, v) > 0;
    case 'GTE':
      return compare(x, v) >= 0;
    case 'BETWEEN':
      return compare(x, v) >= 0 && compare(x, comparable(filter.highValue ?? '')) <= 0;
    case 'IN':
      return list.includes(x);
    case 'NOT_IN':
      return !list.includes(x);
    case 'CONTAINS_TOKEN':
      return String(x).includes(String(v).replace(/\*/g, ''));
    case 'NOT_CONTAINS_TOKEN':
      return !String(x).includes(String(v).replace(/\*/g, ''));
  }
}

/** The filter a search by stamp starts from (GTE/GT on the stamp, the only group), so the rest need not be generated. */
function stampBound(body: SearchBody, store: ObjectStore): { from: number; strict: boolean; rest: Filter[] } {
  const [group, ...others] = body.filterGroups;
  const stamp = STAMP_PROPERTY[store.type];
  const bound = group?.filters.find((f) => f.propertyName === stamp && (f.operator === 'GTE' || f.operator === 'GT'));
  const from = bound ? comparable(bound.value ?? '') : undefined;
  if (!group || others.length > 0 || !bound || typeof from !== 'number') return { from: Number.NEGATIVE_INFINITY, strict: false, rest: [] };
  return { from, strict: bound.operator === 'GT', rest: group.filters.filter((f) => f !== bound) };
}

const TEXT = ['email', 'firstname', 'lastname', 'name', 'domain', 'dealname', 'hs_meeting_title', 'hs_call_title'];

/** Records matching a search body, in the order asked (default: by id). */
export function searchIndexes(store: ObjectStore, body: SearchBody): number[] {
  const { from, strict, rest } = stampBound(body, store);
  const bounded = from !== Number.NEGATIVE_INFINITY;
  let ranked = store.since(from, strict);
  const sort = body.sorts.find((s) => typeof s !== 'string');
  const generic = bounded ? rest.length > 0 : body.filterGroups.length > 0;
  if (generic || body.query) {
    const groups = bounded ? [{ filters: rest }] : body.filterGroups;
    const query = body.query?.toLowerCase();
    ranked = ranked.filter(({ index }) => {
      const record = store.dataset.get(index);
      if (!record) return false;
      if (query && !TEXT.some((p) => record.props[p]?.toLowerCase().includes(query))) return false;
      return groups.length === 0 || groups.some((g) => g.filters.every((f) => matches(record, f, store)));
    });
  }
  if (!sort) return ranked.map((r) => r.index).sort((a, b) => a - b);
  const order = sort.direction === 'DESCENDING' ? -1 : 1;
  if (sort.propertyName === STAMP_PROPERTY[store.type]) return (order === 1 ? ranked : [...ranked].reverse()).map((r) => r.index);
  const keyed = ranked.map(({ index }) => {
    const record = store.dataset.get(index);
    const value = record ? propertyValue(store.type, record, sort.propertyName) : null;
    return { index, key: value === null || value === undefined ? '' : comparable(value) };
  });
  return keyed.sort((a, b) => order * compare(a.key, b.key) || a.index - b.index).map((k) => k.index);
}
