import { metricRow } from '../../test/fixtures';
import { byChannel, leadsOf, mainCurrency, revenue, type MetricRow } from './aggregate';

const row = (over: Partial<MetricRow>) => metricRow({ leads: 5, ...over });

describe('dashboard aggregates', () => {
  it('sums channels and derives cost per lead and conversion rate from the sums', () => {
    const [google, meta] = byChannel([
      row({}),
      row({ date: '2026-11-02', leads: 15, clicks: 500 }),
      row({ channel: 'meta_ads', cost: 500, leads: 0, conversions: 0, clicks: 0 }),
    ]);
    // 20 leads over 600 clicks (3.3%), not the average of the days' 5% and 3%; $200 over 20 leads.
    expect(google).toMatchObject({
      channel: 'google_ads',
      spend: 20_000,
      clicks: 600,
      leads: 20,
      costPerLead: 1000,
      conversionRate: 20 / 600,
    });
    expect(meta).toMatchObject({ channel: 'meta_ads', leads: 0, costPerLead: null, conversionRate: null });
  });

  it('counts conversions as leads for rows that report no leads (ad platforms)', () => {
    expect(leadsOf({ leads: 0, conversions: 2.5 })).toBe(2.5);
    expect(leadsOf({ leads: 3, conversions: 7 })).toBe(3);
    const [google] = byChannel([row({ leads: 0, conversions: 4 })]);
    expect(google).toMatchObject({ leads: 4, costPerLead: 2500, conversionRate: 0.04 });
  });

  it('draws money in the currency with the most spend', () => {
    expect(mainCurrency([row({ currency: 'EUR', cost: 10 }), row({ cost: 5 }), row({ cost: 6 })])).toBe('USD');
    expect(mainCurrency([])).toBe('USD');
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
