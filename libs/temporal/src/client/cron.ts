import { assertSchedulable } from '@tributary/sync';

/**
 * A Tributary cron (croner: 5 fields, or 6 with seconds first) as a Temporal
 * Schedule cron. Temporal reads 6 fields as minute..day-of-week + year, and
 * 7 as second + minute..day-of-week + year, so a 6-field expression gets a
 * year field appended.
 *
 * @example
 * toTemporalCron('0 *\/4 * * *')    // '0 *\/4 * * *'
 * toTemporalCron('*\/5 * * * * *')  // '*\/5 * * * * * *'
 */
export function toTemporalCron(expression: string): string {
  // The same rules as the in-process orchestrator: a cron that never comes due is refused, not stored.
  assertSchedulable(expression);
  const fields = expression.trim().split(/\s+/);
  if (fields.length === 6) return [...fields, '*'].join(' ');
  if (fields.length === 5) return fields.join(' ');
  throw new RangeError('A cron expression has 5 fields (or 6 with seconds first)');
}
