import { Cron } from 'croner';

export interface CronCheck {
  ok: boolean;
  error?: string;
  /** The next few run times (UTC) when valid. */
  nextRuns: Date[];
}

/**
 * Validate a cron expression (5 fields, or 6 with seconds) with croner and
 * preview its next runs. Schedules faster than every minute are refused.
 *
 * @example
 * checkCron('0 *\/4 * * *').ok // true
 * checkCron('61 * * * *').error // 'Invalid cron expression: ...'
 */
export function checkCron(expression: string, count = 5, from: Date = new Date()): CronCheck {
  const trimmed = expression.trim();
  const fields = trimmed.split(/\s+/);
  if (fields.length !== 5 && fields.length !== 6) {
    return { ok: false, error: 'A cron expression has 5 fields: minute hour day-of-month month day-of-week', nextRuns: [] };
  }
  let cron: Cron;
  try {
    cron = new Cron(trimmed, { paused: true, timezone: 'UTC' });
  } catch (error) {
    return { ok: false, error: `Invalid cron expression: ${error instanceof Error ? error.message : String(error)}`, nextRuns: [] };
  }
  const nextRuns = cron.nextRuns(Math.max(count, 2), from);
  cron.stop();
  const [a, b] = nextRuns;
  if (fields.length === 6 && a && b && b.getTime() - a.getTime() < 60_000) {
    return { ok: false, error: 'Schedules may run at most once a minute', nextRuns: [] };
  }
  return { ok: true, nextRuns: nextRuns.slice(0, count) };
}
