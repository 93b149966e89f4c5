import { Cron } from 'croner';
import { ValidationError } from '@tributary/core';

const TOO_FREQUENT = 'Schedules may run at most once a minute';

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
 * checkCron('0 0 31 2 *').error // 'This schedule never runs ...'
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
  // croner accepts a date that never comes (`0 0 31 2 *`): such a job would never fire.
  if (nextRuns.length === 0) {
    return { ok: false, error: 'This schedule never runs (that date does not exist): pick another day or month', nextRuns: [] };
  }
  const [a, b] = nextRuns;
  if (fields.length === 6 && a && b && b.getTime() - a.getTime() < 60_000) {
    return { ok: false, error: TOO_FREQUENT, nextRuns: [] };
  }
  return { ok: true, nextRuns: nextRuns.slice(0, count) };
}

/** A schedule that cannot be kept: invalid, too frequent, or never due. */
export class InvalidScheduleError extends ValidationError {
  constructor(cron: string, reason: string) {
    super(`Cannot schedule "${cron}": ${reason}`);
    this.name = 'InvalidScheduleError';
  }
}

/**
 * Throw unless `cron` is a schedule both orchestrators can keep: valid and
 * due at some point (see {@link checkCron}); every `upsertSchedule` calls
 * it first. The once-a-minute limit is the gateway's rule for the schedules
 * people set; the orchestrators also run the seconds schedules of tests.
 */
export function assertSchedulable(cron: string): void {
  const check = checkCron(cron, 1);
  if (!check.ok && check.error !== TOO_FREQUENT) throw new InvalidScheduleError(cron, check.error ?? 'invalid');
}

/** Whether {@link assertSchedulable} would accept `cron`. */
export function isSchedulable(cron: string): boolean {
  const check = checkCron(cron, 1);
  return check.ok || check.error === TOO_FREQUENT;
}
