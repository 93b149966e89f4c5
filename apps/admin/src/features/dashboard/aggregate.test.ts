import { byChannel, revenue, spendOverTime, type MetricRow } from './aggregate';

const row = (over: Partial<MetricRow>): MetricRow => ({
  date: '2026-11-01',
  channel: 'google_ads',
  impressions: 1000,
  clicks: 100,
  visitors: 0,
  leads: 5,
  conversions: 4,
  cost: 10_000,
  currency: 'USD',
  ...over,
});

describe('dashboard aggregates', () => {
  it('sums channels and derives cost per lead and conversion rate from the sums', () => {
    const [google, meta] = byChannel([
      row({}),
      row({ date: '2026-11-02' }),
      row({ channel: 'meta_ads', cost: 500, leads: 0, visitors: 50 }),
    ]);
    expect(google).toMatchObject({ channel: 'google_ads', spend: 20_000, clicks: 200, leads: 10, costPerLead: 2000, conversionRate: 0.04 });
    expect(meta).toMatchObject({ channel: 'meta_ads', costPerLead: null, conversionRate: 0 });
  });

  it('builds one point per day with every channel', () => {
    const { series, points } = spendOverTime([row({ date: '2026-11-02' }), row({ channel: 'meta_ads' })]);
    expect(series).toEqual(['google_ads', 'meta_ads']);
    expect(points).toEqual([
      { date: '2026-11-01', google_ads: 0, meta_ads: 100 },
      { date: '2026-11-02', google_ads: 100, meta_ads: 0 },
    ]);
  });

  it('counts succeeded charges net of refunds, in the main currency', () => {
    const r = revenue([
      { amount: 1000, amountRefunded: 200, currency: 'USD', status: 'succeeded', occurredAt: '2026-11-01T10:00:00Z' },
      { amount: 5000, amountRefunded: 0, currency: 'USD', status: 'failed', occurredAt: '2026-11-01T11:00:00Z' },
      { amount: 300, amountRefunded: 0, currency: 'EUR', status: 'succeeded', occurredAt: '2026-11-02T10:00:00Z' },
    ]);
    expect(r.main).toBe('USD');
    expect(r.points).toEqual([{ date: '2026-11-01', revenue: 8 }]);
    expect(r.totals).toEqual([
      { currency: 'USD', net: 800 },
      { currency: 'EUR', net: 300 },
    ]);
  });
});
