import { describe, expect, it } from 'vitest';
import { checkCron } from './schedule.js';

describe('checkCron', () => {
  it('accepts 5-field expressions and previews the next runs in UTC', () => {
    const check = checkCron('0 */4 * * *', 3, new Date('2026-01-01T01:30:00Z'));
    expect(check.ok).toBe(true);
    expect(check.nextRuns.map((d) => d.toISOString())).toEqual([
      '2026-01-01T04:00:00.000Z',
      '2026-01-01T08:00:00.000Z',
      '2026-01-01T12:00:00.000Z',
    ]);
  });

  it('rejects malformed expressions with a reason', () => {
    expect(checkCron('61 * * * *')).toMatchObject({ ok: false, error: expect.stringMatching(/Invalid cron/) });
    expect(checkCron('every hour')).toMatchObject({ ok: false, error: expect.stringMatching(/5 fields/) });
  });

  it('refuses schedules faster than once a minute', () => {
    expect(checkCron('*/5 * * * * *')).toMatchObject({ ok: false, error: 'Schedules may run at most once a minute' });
    expect(checkCron('0 * * * * *').ok).toBe(true);
  });

  it('refuses a schedule that never runs (no such date)', () => {
    for (const cron of ['0 0 31 2 *', '0 0 30 2 *', '0 0 31 4,6,9,11 *']) {
      expect(checkCron(cron), cron).toMatchObject({ ok: false, error: expect.stringMatching(/never runs/), nextRuns: [] });
    }
    expect(checkCron('0 0 29 2 *').ok).toBe(true);
  });
});
