import type { MetricRow } from './aggregate';
import { OVER_TIME_METRICS, overTime } from './over-time';
import { metricRow } from '../../test/fixtures';

const row = (over: Partial<MetricRow>) => metricRow({ leads: 5, conversions: 0, ...over });

// Two campaigns of google_ads on Nov 1, one on Nov 2 with no leads and no clicks; meta_ads only on Nov 2.
const rows = [
  row({}),
  row({ clicks: 300, leads: 15, cost: 10_000 }),
  row({ date: '2026-11-02', clicks: 0, leads: 0, cost: 5_000 }),
  row({ date: '2026-11-02', channel: 'meta_ads', clicks: 50, leads: 0, conversions: 2, cost: 1_000 }),
];

describe('overTime', () => {
  it('sums spend per channel and day, in minor units, with 0 for a channel without rows that day', () => {
    expect(overTime(rows, 'spend', 'USD')).toEqual({
      series: ['google_ads', 'meta_ads'],
      points: [
        { date: '2026-11-01', google_ads: 20_000, meta_ads: 0 },
        { date: '2026-11-02', google_ads: 5_000, meta_ads: 1_000 },
      ],
    });
  });

  it('sums clicks and leads, counting conversions as leads where a row reports no leads', () => {
    expect(overTime(rows, 'clicks', 'USD').points).toEqual([
      { date: '2026-11-01', google_ads: 400, meta_ads: 0 },
      { date: '2026-11-02', google_ads: 0, meta_ads: 50 },
    ]);
    expect(overTime(rows, 'leads', 'USD').points).toEqual([
      { date: '2026-11-01', google_ads: 20, meta_ads: 0 },
      { date: '2026-11-02', google_ads: 0, meta_ads: 2 },
    ]);
  });

  it('divides the day’s sums for cost per lead, with no value (not 0, not Infinity) without leads', () => {
    expect(overTime(rows, 'costPerLead', 'USD').points).toEqual([
      // $200 over 20 leads = $10, where averaging the campaigns ($20 and $6.67) would say $13.33; meta_ads had no rows.
      { date: '2026-11-01', google_ads: 1_000, meta_ads: null },
      { date: '2026-11-02', google_ads: null, meta_ads: 500 },
    ]);
  });

  it('divides the day’s leads by its clicks for the conversion rate, with no value without clicks', () => {
    const day = overTime([row({ clicks: 100, leads: 1 }), row({ clicks: 900, leads: 99 })], 'conversionRate', 'USD');
    // 100 / 1000 = 10%, where averaging the campaigns' rates (1% and 11%) would say 6%.
    expect(day.points).toEqual([{ date: '2026-11-01', google_ads: 0.1 }]);
    expect(overTime(rows, 'conversionRate', 'USD').points).toEqual([
      { date: '2026-11-01', google_ads: 0.05, meta_ads: null },
      { date: '2026-11-02', google_ads: null, meta_ads: 0.04 },
    ]);
  });

  it('keeps money metrics to one currency; counts and rates take every row', () => {
    const mixed = [row({}), row({ channel: 'meta_ads', currency: 'EUR', cost: 900, leads: 3 })];
    expect(overTime(mixed, 'spend', 'USD')).toEqual({ series: ['google_ads'], points: [{ date: '2026-11-01', google_ads: 10_000 }] });
    expect(overTime(mixed, 'costPerLead', 'EUR').points).toEqual([{ date: '2026-11-01', meta_ads: 300 }]);
    expect(overTime(mixed, 'leads', 'USD').points).toEqual([{ date: '2026-11-01', google_ads: 5, meta_ads: 3 }]);
  });

  it('orders the days and has no points without rows', () => {
    const dates = overTime([row({ date: '2026-11-03' }), row({ date: '2026-10-30' })], 'spend', 'USD').points.map((p) => p.date);
    expect(dates).toEqual(['2026-10-30', '2026-11-03']);
    expect(overTime([], 'conversionRate', 'USD')).toEqual({ series: [], points: [] });
  });

  it('formats each metric for the axis and tooltip', () => {
    expect(OVER_TIME_METRICS.spend.format(123_456, 'USD')).toBe('$1,234.56');
    expect(OVER_TIME_METRICS.costPerLead.format(2_000, 'JPY')).toBe('¥2,000');
    expect(OVER_TIME_METRICS.clicks.format(12_345, 'USD')).toBe('12,345');
    expect(OVER_TIME_METRICS.conversionRate.format(0.043, 'USD')).toBe('4.3%');
  });
});
