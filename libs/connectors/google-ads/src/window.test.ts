import { describe, expect, it } from 'vitest';
import { GoogleAdsSettings } from './config.js';
import { chunkOf, planRange } from './window.js';

const settings = (input: Record<string, unknown> = {}) => GoogleAdsSettings.parse({ customerIds: ['1234567890'], ...input });

describe('date ranges', () => {
  it('reads the last 30 days including today on a first sync, by default', () => {
    expect(planRange(settings(), undefined, '2026-10-31')).toEqual({ since: '2026-10-02', from: '2026-10-02', to: '2026-10-31' });
  });

  it('reads from the configured start date or number of days on a first sync', () => {
    expect(planRange(settings({ startDate: '2026-01-01' }), undefined, '2026-10-31')).toMatchObject({
      from: '2026-01-01',
      to: '2026-10-31',
    });
    expect(planRange(settings({ initialDays: 7 }), undefined, '2026-10-31')).toMatchObject({ from: '2026-10-25' });
    expect(planRange(settings({ startDate: '2026-11-05' }), undefined, '2026-10-31')).toBeUndefined();
  });

  it('re-reads the restatement window (default 30 days, up to 90) on later syncs', () => {
    const state = { since: '2026-01-01', through: '2026-10-30' };
    expect(planRange(settings(), state, '2026-10-31')).toEqual({ since: '2026-01-01', from: '2026-10-02', to: '2026-10-31' });
    expect(planRange(settings({ restatementDays: 90 }), state, '2026-10-31')).toMatchObject({ from: '2026-08-03' });
    expect(() => settings({ restatementDays: 91 })).toThrow();
  });

  it('reaches back to the last date read when syncs stopped for longer than the window', () => {
    const state = { since: '2026-01-01', through: '2026-08-15' };
    expect(planRange(settings(), state, '2026-10-31')).toMatchObject({ from: '2026-08-16', to: '2026-10-31' });
  });

  it('never reads before where the account history starts', () => {
    const state = { since: '2026-10-25', through: '2026-10-30' };
    expect(planRange(settings({ restatementDays: 30 }), state, '2026-10-31')).toMatchObject({ from: '2026-10-25' });
  });

  it('splits a range into chunks of daysPerRequest', () => {
    expect(chunkOf('2026-10-01', '2026-10-31', 7)).toEqual({ from: '2026-10-01', to: '2026-10-07' });
    expect(chunkOf('2026-10-29', '2026-10-31', 7)).toEqual({ from: '2026-10-29', to: '2026-10-31' });
    expect(chunkOf('2026-10-31', '2026-10-31', 30)).toEqual({ from: '2026-10-31', to: '2026-10-31' });
  });
});
