import { createVendorClock, type VendorClock } from '@tributary/sandbox';

/**
 * Time in the simulator. Google Ads reports days in each account's time
 * zone, so "today" and how much of it has passed depend on the account.
 */

const DAY_MS = 86_400_000;

/** Calendar arithmetic on `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Every date from `from` to `to`, inclusive. */
export function* datesBetween(from: string, to: string): Generator<string> {
  for (let d = from; d <= to; d = addDays(d, 1)) yield d;
}

function localParts(timeZone: string, at: Date): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
}

/** The vendor clock (`now`, `advance`) with each account's calendar: Google reports days in the account's time zone. */
export interface SimClock extends VendorClock {
  /** The calendar date now in a time zone. */
  today(timeZone: string): string;
  /** How much of the local day has passed, 0 (midnight) to 1. */
  dayFraction(timeZone: string): number;
}

/**
 * The kit's vendor clock, frozen at creation unless a live `now` is given,
 * so repeated reads return identical data until a test moves time with `advance`.
 *
 * @example
 * const clock = createClock(() => new Date('2026-10-14T20:00:00Z'));
 * clock.today('Asia/Tokyo') // '2026-10-15'
 */
export function createClock(now?: () => Date): SimClock {
  const frozen = new Date();
  const vendor = createVendorClock({ now: now ?? (() => frozen) });
  return {
    ...vendor,
    today: (timeZone) => {
      const p = localParts(timeZone, vendor.now());
      return `${p['year']}-${p['month']}-${p['day']}`;
    },
    dayFraction: (timeZone) => {
      const p = localParts(timeZone, vendor.now());
      return (Number(p['hour']) * 3600 + Number(p['minute']) * 60 + Number(p['second'])) / 86_400;
    },
  };
}
