import { z } from 'zod';

/** A calendar date `YYYY-MM-DD`, as Google Ads reports `segments.date`. */
export const IsoDate = z.iso.date();

const DAY_MS = 86_400_000;

/**
 * The calendar date at `now` in an IANA time zone: the account's "today".
 * Throws a RangeError for a time zone the runtime does not know.
 *
 * @example
 * todayIn('Asia/Tokyo', new Date('2026-10-14T20:00:00Z')) // '2026-10-15'
 * todayIn('America/Los_Angeles', new Date('2026-10-14T05:00:00Z')) // '2026-10-13'
 */
export function todayIn(timeZone: string, now: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Calendar arithmetic on `YYYY-MM-DD` (no time zone involved).
 *
 * @example
 * addDays('2026-03-01', -1) // '2026-02-28'
 */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween('2026-10-01', '2026-10-31') // 30
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The earlier of two `YYYY-MM-DD` dates (they compare as strings). */
export const minDate = (a: string, b: string): string => (a <= b ? a : b);
/** The later of two `YYYY-MM-DD` dates. */
export const maxDate = (a: string, b: string): string => (a >= b ? a : b);
