import { z } from 'zod';

/**
 * `SYNC_FAIL_REJECT_RATE`, as the gateway and the worker read it: a completed
 * run whose rejected share of the rows read reaches this rate (0 to 1) is
 * recorded as failed (SyncDeps.failRejectRate); unset, a run is never failed
 * for its rejections. An empty value is refused rather than read as 0, which
 * would fail every run with a single rejected row.
 *
 * @example
 * FailRejectRate.parse('0.2') // 0.2
 */
export const FailRejectRate = z
  .string()
  .trim()
  .min(1, 'a number from 0 to 1, or unset')
  .transform(Number)
  .pipe(z.number({ error: 'a number from 0 to 1' }).min(0, 'at least 0').max(1, 'at most 1 (the share of the rows read)'));
