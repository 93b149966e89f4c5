import type { FieldValue } from '../types.js';
import { FIELDS, type FieldDef } from './fields.js';
import type { Condition } from './parse.js';
import type { RowContext } from './fields.js';
import { GaqlError } from './tokens.js';

function literal(def: FieldDef, value: string | number): FieldValue {
  if (def.type === 'INT64' || def.type === 'DOUBLE') {
    const n = Number(value);
    if (Number.isNaN(n)) throw new GaqlError('BAD_NUMBER', `Encountered number can not be parsed: ${value}.`);
    return n;
  }
  if (def.type === 'BOOLEAN') return String(value).toUpperCase() === 'TRUE';
  return String(value);
}

function normalize(def: FieldDef, value: FieldValue): FieldValue {
  return def.type === 'INT64' || def.type === 'DOUBLE' ? Number(value) : value;
}

/**
 * Whether a row passes one WHERE condition. Conditions on `segments.date`
 * were applied when the rows were built (dates.ts) and pass here.
 *
 * @example
 * matches({ field: 'campaign.status', op: 'IN', values: ['ENABLED', 'PAUSED'] }, row)
 */
export function matches(c: Condition, row: RowContext): boolean {
  if (c.field === 'segments.date') return true;
  const def = FIELDS[c.field];
  if (!def) return false;
  const raw = def.get(row);
  if (raw === undefined) return false;
  const actual = normalize(def, raw);
  const values = c.values.map((v) => literal(def, v));
  const first = values[0] ?? '';
  switch (c.op) {
    case '=':
      return actual === first;
    case '!=':
      return actual !== first;
    case 'IN':
      return values.includes(actual);
    case 'NOT IN':
      return !values.includes(actual);
    case '<':
      return actual < first;
    case '<=':
      return actual <= first;
    case '>':
      return actual > first;
    case '>=':
      return actual >= first;
    case 'BETWEEN':
      return actual >= first && actual <= (values[1] ?? first);
    case 'DURING':
      throw new GaqlError('OPERATOR_FIELD_MISMATCH', `DURING only applies to date segments, not ${c.field}.`);
  }
}
