import type { GraphDateTimeTimeZone } from '../api.js';
import type { O365Settings } from '../config.js';

const DAY_MS = 86_400_000;

/**
 * The calendar view window of the month `now` is in: from `calendarPastDays`
 * before the month's first day to `calendarFutureDays` after the next
 * month's first day (UTC). A calendar delta keeps the window it started
 * with, so each month starts a new one (`key`), read in full once.
 *
 * @example
 * calendarWindow(new Date('2026-12-06T10:00:00Z'), { calendarPastDays: 90, calendarFutureDays: 30 })
 * // { key: 'calendar:2026-12', start: '2026-09-02T00:00:00Z', end: '2027-01-31T00:00:00Z' }
 */
export function calendarWindow(
  now: Date,
  settings: Pick<O365Settings, 'calendarPastDays' | 'calendarFutureDays'>,
): { key: string; start: string; end: string } {
  const month = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
  return {
    key: `calendar:${iso(month).slice(0, 7)}`,
    start: iso(month - settings.calendarPastDays * DAY_MS),
    end: iso(next + settings.calendarFutureDays * DAY_MS),
  };
}

/**
 * A Graph `dateTimeTimeZone` in UTC (asked for with `Prefer: outlook.timezone="UTC"`)
 * as an ISO instant; null for another zone, which Tributary does not guess.
 *
 * @example
 * graphUtc({ dateTime: '2026-12-01T09:00:00.0000000', timeZone: 'UTC' }) // '2026-12-01T09:00:00.000Z'
 */
export function graphUtc(value: GraphDateTimeTimeZone): string | null {
  const withZone = /(Z|[+-]\d{2}:\d{2})$/.test(value.dateTime);
  if (!withZone && (value.timeZone ?? 'UTC').toUpperCase() !== 'UTC') return null;
  const ms = Date.parse(withZone ? value.dateTime : `${value.dateTime.replace(/(\.\d{3})\d*$/, '$1')}Z`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
