import { describe, expect, it } from 'vitest';
import { temporalSettings } from './config.js';
import { toTemporalCron } from './cron.js';

describe('toTemporalCron', () => {
  it('keeps 5-field crons and gives 6-field (seconds) crons the year field Temporal expects', () => {
    expect(toTemporalCron('0 */4 * * *')).toBe('0 */4 * * *');
    expect(toTemporalCron(' */5  * * * * * ')).toBe('*/5 * * * * * *');
    expect(() => toTemporalCron('every hour')).toThrow(/5 fields/);
  });

  it('refuses a cron with no next run before anything reaches Temporal (upsertTemporalSchedule converts first)', () => {
    expect(() => toTemporalCron('0 0 31 2 *')).toThrow(/never runs/);
    expect(() => toTemporalCron('61 * * * *')).toThrow(/Invalid cron/);
  });
});

describe('temporalSettings', () => {
  it('is null without TEMPORAL_ADDRESS and fills in the namespace and task queue', () => {
    expect(temporalSettings({})).toBeNull();
    expect(temporalSettings({ TEMPORAL_ADDRESS: 'temporal:7233' })).toEqual({
      address: 'temporal:7233',
      namespace: 'default',
      taskQueue: 'tributary-sync',
    });
    expect(temporalSettings({ TEMPORAL_ADDRESS: 'x:1', TEMPORAL_NAMESPACE: 'prod', TEMPORAL_TASK_QUEUE: 'q' })).toMatchObject({
      namespace: 'prod',
      taskQueue: 'q',
    });
  });
});
