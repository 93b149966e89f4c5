import type { GoogleAdsSettings } from './config.js';
import type { AccountState } from './cursor.js';
import { addDays, maxDate, minDate } from './dates.js';

/** The dates one pass reads for an account (inclusive, account time), and where its history starts. */
export interface DateRange {
  since: string;
  from: string;
  to: string;
}

/**
 * What to read for one account, given its state and its today (account
 * time; today's partial day is included and re-read next time):
 * - never synced: the configured range, `startDate` or the last `initialDays` days;
 * - synced before: the last `restatementDays` days, reaching further back
 *   when the last read ended earlier (a sync missed for longer than the
 *   window), never before `since`.
 * Undefined when there is nothing to read (a start date in the future).
 *
 * @example
 * planRange({ initialDays: 30, restatementDays: 30 } as GoogleAdsSettings, undefined, '2026-10-31')
 * // { since: '2026-10-02', from: '2026-10-02', to: '2026-10-31' }
 */
export function planRange(settings: GoogleAdsSettings, state: AccountState | undefined, today: string): DateRange | undefined {
  const since = state?.since ?? settings.startDate ?? addDays(today, 1 - settings.initialDays);
  let from = since;
  if (state) {
    const window = addDays(today, 1 - settings.restatementDays);
    const gap = state.through === null ? since : addDays(state.through, 1);
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
