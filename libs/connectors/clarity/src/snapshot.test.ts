import { describe, expect, it } from 'vitest';
import { ClaritySettings } from './config.js';
import { figures, joinBlocks } from './snapshot.js';
import { snapshotDay, snapshotKey } from './streams/live-insights.js';

describe('Clarity snapshots', () => {
  it('joins the metric blocks by dimension values, matching the key whatever its case (URL / Url)', () => {
    const rows = joinBlocks(
      [
        { metricName: 'Traffic', information: [{ totalSessionCount: '10', URL: 'https://a.example/', Device: 'PC' }] },
        { metricName: 'EngagementTime', information: [{ activeTime: '300', Url: 'https://a.example/', device: 'PC' }] },
      ],
      ['URL', 'Device'],
    );
    expect(rows).toEqual([
      {
        dimensions: { URL: 'https://a.example/', Device: 'PC' },
        metrics: { Traffic: { totalSessionCount: '10' }, EngagementTime: { activeTime: '300' } },
      },
    ]);
  });

  it('reads counts from strings, percentages from numbers, and either spelling of distinct users', () => {
    const f = figures({
      Traffic: { totalSessionCount: '100', totalBotSessionCount: '10', distantUserCount: '90', pagesPerSessionPercentage: 1.5 },
      EngagementTime: { totalTime: '1234', activeTime: '600' },
      ScrollDepth: { averageScrollDepth: 55.5 },
      RageClickCount: { sessionsCount: '10', sessionsWithMetricPercentage: 2, subTotal: '2' },
    });
    expect(f).toMatchObject({
      sessions: 100,
      botSessions: 10,
      users: 90,
      pagesPerSession: 1.5,
      engagementSeconds: 600,
      scrollDepth: 55.5,
      rageClicks: 2,
    });
    expect(f.deadClicks).toBeUndefined();
    expect(figures({ Traffic: { distinctUserCount: '7', distantUserCount: '1' } }).users).toBe(7);
  });

  it('files a snapshot under the UTC date of the middle of its 24 h', () => {
    expect(snapshotDay(new Date('2026-12-06T00:30:00Z'))).toBe('2026-12-05');
    expect(snapshotDay(new Date('2026-12-06T12:00:00Z'))).toBe('2026-12-06');
    expect(snapshotKey({ projectId: 'p', date: '2026-12-05', dimensions: { Device: 'PC', Channel: 'Email' } })).toBe(
      'p:2026-12-05:Device=PC|Channel=Email',
    );
  });

  it('defaults to three breakdowns and refuses more than five (each is one of the 10 daily calls)', () => {
    expect(ClaritySettings.parse({}).dimensionSets).toHaveLength(3);
    expect(ClaritySettings.safeParse({ dimensionSets: Array.from({ length: 6 }, () => ['Device']) }).success).toBe(false);
    expect(ClaritySettings.safeParse({ dimensionSets: [['Device', 'Device']] }).success).toBe(false);
  });
});
