/** Fields that hold a time: `occurredAt`, `closeDate`, `date`. */
const TIME_FIELD = /(At|Date)$|^date$/;

/**
 * A previewed value as text, the same in every state: empty (undefined,
 * null, '') is "—"; a time is ISO whether the mapping produced a Date (a
 * valid record) or the vendor's epoch seconds or milliseconds (a rejected one).
 *
 * @example
 * showValue('occurredAt', 1764979200) // '2025-12-06T00:00:00.000Z'
 */
export function showValue(target: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'number' && TIME_FIELD.test(target)) {
    // Below 10^11 it is seconds (until the year 5138), above milliseconds.
    const date = new Date(value < 1e11 ? value * 1000 : value);
    return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}
