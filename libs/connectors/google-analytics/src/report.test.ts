import { describe, expect, it } from 'vitest';
import { GoogleAnalyticsReport, GoogleAnalyticsRow } from './api.js';
import { reportBody, rowsOf } from './report.js';
import { isoDate, rowKey } from './streams/site-analytics.js';

describe('the runReport request and rows', () => {
  it('asks for one date range, the dimensions and metrics in a stable order, a page from an offset, with the quota', () => {
    const body = reportBody('2026-10-01', '2026-10-31', 20_000);
    expect(body).toMatchObject({
      dateRanges: [{ startDate: '2026-10-01', endDate: '2026-10-31' }],
      limit: '10000',
      offset: '20000',
      keepEmptyRows: false,
      returnPropertyQuota: true,
    });
    expect(body.dimensions.map((d) => d.name)).toEqual(['date', 'sessionDefaultChannelGroup', 'deviceCategory']);
    expect(body.orderBys).toHaveLength(3);
  });

  it("keys each row's strings by the response's own headers, whatever their order", () => {
    const report = GoogleAnalyticsReport.parse({
      dimensionHeaders: [{ name: 'deviceCategory' }, { name: 'date' }, { name: 'sessionDefaultChannelGroup' }],
      metricHeaders: [
        'keyEvents',
        'sessions',
        'totalUsers',
        'newUsers',
        'screenPageViews',
        'engagedSessions',
        'userEngagementDuration',
      ].map((name) => ({ name, type: 'TYPE_INTEGER' })),
      rows: [
        {
          dimensionValues: [{ value: 'mobile' }, { value: '20261001' }, { value: 'Email' }],
          metricValues: ['2', '30', '25', '10', '90', '18', '1350'].map((value) => ({ value })),
        },
      ],
      rowCount: 1,
    });
    const [row] = rowsOf(report, '300001').map((r) => GoogleAnalyticsRow.parse(r));
    expect(row).toEqual({
      propertyId: '300001',
      date: '20261001',
      dimensions: { deviceCategory: 'mobile', sessionDefaultChannelGroup: 'Email' },
      metrics: {
        keyEvents: '2',
        sessions: '30',
        totalUsers: '25',
        newUsers: '10',
        screenPageViews: '90',
        engagedSessions: '18',
        userEngagementDuration: '1350',
      },
    });
  });

  it('keys a row by property, ISO date and its dimensions in name order', () => {
    expect(isoDate('20261001')).toBe('2026-10-01');
    const a = rowKey('1', '2026-10-01', { sessionDefaultChannelGroup: 'Direct', deviceCategory: 'mobile' });
    const b = rowKey('1', '2026-10-01', { deviceCategory: 'mobile', sessionDefaultChannelGroup: 'Direct' });
    expect(a).toBe(b);
    expect(a).toBe('1:2026-10-01:deviceCategory=mobile|sessionDefaultChannelGroup=Direct');
  });
});
