import { z } from 'zod';

/** A calendar date `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();

const DAY_MS = 86_400_000;

/**
 * The calendar date at `now` in an IANA time zone (an ad account's "today").
 * Throws a RangeError for a time zone the runtime does not know.
 *
 * @example
 * todayIn('Asia/Tokyo', new Date('2026-10-14T20:00:00Z')) // '2026-10-15'
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

/** The dates one run reads for a partition (inclusive), and where its history starts. */
export interface DateRange {
  since: string;
  from: string;
  to: string;
}

/**
 * What to read for one partition given what was read before and its today
 * (today's partial day is included and re-read next time):
 * - never read: from `startDate`, or the last `initialDays` days;
 * - read before: the last `lookbackDays` days, reaching further back when
 *   the last read ended earlier (a gap), never before the history start.
 * Undefined when there is nothing to read (a start date in the future).
 *
 * @example
 * planDates({ initialDays: 30, lookbackDays: 30 }, undefined, '2026-10-31') // { since: '2026-10-02', from: '2026-10-02', to: '2026-10-31' }
 */
export function planDates(
  plan: { startDate?: string | undefined; initialDays: number; lookbackDays: number },
  stored: { since?: string | undefined; through?: string | null | undefined } | undefined,
  today: string,
): DateRange | undefined {
  const since = stored?.since ?? plan.startDate ?? addDays(today, 1 - plan.initialDays);
  let from = since;
  if (stored?.since) {
    const window = addDays(today, 1 - plan.lookbackDays);
    const gap = stored.through ? addDays(stored.through, 1) : since;
    from = maxDate(since, minDate(window, gap));
  }
  return from > today ? undefined : { since, from, to: today };
}

/**
 * The chunk starting at `next`: at most `days` days, ending by `to`.
 *
 * @example
 * chunkOf('2026-10-01', '2026-10-31', 7) // { from: '2026-10-01', to: '2026-10-07' }
 */
export function chunkOf(next: string, to: string, days: number): { from: string; to: string } {
  return { from: next, to: minDate(addDays(next, days - 1), to) };
}
