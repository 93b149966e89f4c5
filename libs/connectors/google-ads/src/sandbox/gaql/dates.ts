import { addDays } from '../clock.js';
import type { Condition } from './parse.js';
import { GaqlError } from './tokens.js';

export interface DateRange {
  from: string;
  to: string;
}

/** A GAQL date literal, `YYYY-MM-DD` or `YYYYMMDD`, as `YYYY-MM-DD`. */
export function gaqlDate(value: string | number, code = 'INVALID_DATE_FORMAT'): string {
  const text = String(value);
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text);
  const date = m ? `${m[1]}-${m[2]}-${m[3]}` : '';
  if (!m || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    throw new GaqlError(code, `Invalid date "${text}". Expected 'YYYY-MM-DD'.`);
  }
  return date;
}

/** Date range presets of the DURING operator; none but TODAY include today. */
function preset(name: string, today: string): DateRange {
  const [year, month] = today.split('-');
  const monthStart = `${year}-${month}-01`;
  switch (name.toUpperCase()) {
    case 'TODAY':
      return { from: today, to: today };
    case 'YESTERDAY':
      return { from: addDays(today, -1), to: addDays(today, -1) };
    case 'LAST_7_DAYS':
      return { from: addDays(today, -7), to: addDays(today, -1) };
    case 'LAST_14_DAYS':
      return { from: addDays(today, -14), to: addDays(today, -1) };
    case 'LAST_30_DAYS':
      return { from: addDays(today, -30), to: addDays(today, -1) };
    case 'THIS_MONTH':
      return { from: monthStart, to: today };
    case 'LAST_MONTH':
      return { from: `${addDays(monthStart, -1).slice(0, 7)}-01`, to: addDays(monthStart, -1) };
    default:
      throw new GaqlError(
        'INVALID_VALUE_WITH_DURING_OPERATOR',
        `The value passed to the DURING operator is not a date range literal: ${name}.`,
      );
  }
}

function bounds(c: Condition, today: string): Partial<DateRange> {
  const v = (i: number, code?: string) => gaqlDate(c.values[i] ?? '', code);
  switch (c.op) {
    case 'BETWEEN':
      return { from: v(0, 'INVALID_VALUE_WITH_BETWEEN_OPERATOR'), to: v(1, 'INVALID_VALUE_WITH_BETWEEN_OPERATOR') };
    case 'DURING':
      return preset(String(c.values[0]), today);
    case '=':
      return { from: v(0), to: v(0) };
    case '>=':
      return { from: v(0) };
    case '>':
      return { from: addDays(v(0), 1) };
    case '<=':
      return { to: v(0) };
    case '<':
      return { to: addDays(v(0), -1) };
    default:
      throw new GaqlError('OPERATOR_FIELD_MISMATCH', `Operator ${c.op} cannot filter segments.date.`);
  }
}

/**
 * The finite date range the WHERE clause puts on `segments.date`, or
 * undefined when it sets none (an open-ended bound counts as none).
 *
 * @example
 * dateRangeOf([{ field: 'segments.date', op: 'DURING', values: ['LAST_7_DAYS'] }], '2026-10-15') // { from: '2026-10-08', to: '2026-10-14' }
 */
export function dateRangeOf(where: readonly Condition[], today: string): DateRange | undefined {
  let from: string | undefined;
  let to: string | undefined;
  for (const c of where.filter((w) => w.field === 'segments.date')) {
    const b = bounds(c, today);
    if (b.from !== undefined) from = from === undefined || b.from > from ? b.from : from;
    if (b.to !== undefined) to = to === undefined || b.to < to ? b.to : to;
  }
  if (from === undefined || to === undefined) return undefined;
  if (from > to) throw new GaqlError('DATE_RANGE_TOO_NARROW', 'Filters on date have a start date after end date.');
  return { from, to };
}
