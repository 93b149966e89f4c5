import { describe, expect, it } from 'vitest';
import { activityWeight, changedScores, computeEngagementScores, EngagementWeights } from './engagement.js';

const NOW = new Date('2025-06-01T00:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const defaults = EngagementWeights.parse({});

describe('engagement score', () => {
  it('weighs each activity by type and halves it every half-life', () => {
    expect(activityWeight({ type: 'meeting', occurredAt: NOW }, defaults, NOW)).toBe(5);
    expect(activityWeight({ type: 'call', occurredAt: daysAgo(30) }, defaults, NOW)).toBeCloseTo(1.5);
    expect(activityWeight({ type: 'email', occurredAt: daysAgo(60) }, defaults, NOW)).toBeCloseTo(0.25);
    expect(activityWeight({ type: 'webinar', occurredAt: NOW }, defaults, NOW)).toBe(1);
  });

  it('counts future activities as now and ignores those outside the window', () => {
    expect(activityWeight({ type: 'meeting', occurredAt: daysAgo(-7) }, defaults, NOW)).toBe(5);
    expect(activityWeight({ type: 'meeting', occurredAt: daysAgo(366) }, defaults, NOW)).toBe(0);
  });

  it('sums per person and per account, rounded to the precision, leaving out zero scores', () => {
    const scores = computeEngagementScores(
      [
        { type: 'meeting', occurredAt: NOW, personExternalId: '003A', accountExternalId: '001A' },
        { type: 'email', occurredAt: daysAgo(30), personExternalId: '003A', accountExternalId: '001A' },
        { type: 'call', occurredAt: daysAgo(10), personExternalId: '00QB', accountExternalId: null },
        { type: 'email', occurredAt: daysAgo(400), personExternalId: '003C', accountExternalId: '001C' },
      ],
      {},
      NOW,
    );
    expect(scores.people).toEqual({ '003A': 5.5, '00QB': 2.4 });
    expect(scores.accounts).toEqual({ '001A': 5.5 });
  });

  it('uses configured weights, half-life, window and precision', () => {
    const weights = { types: { email: 2 }, defaultWeight: 0, halfLifeDays: 10, windowDays: 15, precision: 2 };
    const scores = computeEngagementScores(
      [
        { type: 'email', occurredAt: daysAgo(10), personExternalId: 'p' },
        { type: 'meeting', occurredAt: NOW, personExternalId: 'p' },
        { type: 'email', occurredAt: daysAgo(20), personExternalId: 'q' },
      ],
      weights,
      NOW,
    );
    expect(scores.people).toEqual({ p: 1 });
    expect(() => computeEngagementScores([], { halfLifeDays: 0 }, NOW)).toThrow();
  });

  it('is pure: the same input gives the same scores', () => {
    const activities = [{ type: 'call', occurredAt: daysAgo(3), personExternalId: 'x', accountExternalId: 'y' }];
    expect(computeEngagementScores(activities, {}, NOW)).toEqual(computeEngagementScores(activities, {}, NOW));
  });
});

describe('changedScores', () => {
  it('returns new and changed scores, zeroes dropped ones, and leaves unchanged ones out', () => {
    expect(changedScores({ a: 2, b: 1, c: 4, z: 0 }, { a: 2, b: 1.5, d: 3 })).toEqual([
      { externalId: 'b', score: 1.5, previous: 1 },
      { externalId: 'c', score: 0, previous: 4 },
      { externalId: 'd', score: 3, previous: undefined },
    ]);
    expect(changedScores({ a: 1 }, { a: 1 })).toEqual([]);
  });
});
