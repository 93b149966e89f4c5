import { describe, expect, it } from 'vitest';
import { campaignDayRecord, campaignMetricsQuery, isRejected } from './campaign-metrics.js';

const row = (metrics: Record<string, unknown>, currencyCode?: string) => ({
  customer: { resourceName: 'customers/1234567890', id: '1234567890', ...(currencyCode ? { currencyCode } : {}) },
  campaign: { resourceName: 'customers/1234567890/campaigns/111', id: '111', name: 'Brand - Search' },
  segments: { date: '2026-10-01' },
  metrics,
});

describe('campaign_metrics stream', () => {
  it('asks for one row per campaign and day between two dates, in the account time zone', () => {
    const query = campaignMetricsQuery('2026-10-01', '2026-10-07');
    expect(query).toBe(
      "SELECT customer.id, customer.currency_code, campaign.id, campaign.name, segments.date, metrics.impressions, metrics.clicks, metrics.cost_micros, metrics.conversions FROM campaign WHERE segments.date BETWEEN '2026-10-01' AND '2026-10-07' ORDER BY segments.date, campaign.id",
    );
  });

  it('keys a row by (account, campaign, date) and converts cost micros to minor units of the row currency', () => {
    const raw = row({ impressions: '10922', clicks: '40', costMicros: '12500000', conversions: 2.5 }, 'USD');
    const record = campaignDayRecord(raw, { customerId: '1234567890', currency: 'EUR' });
    expect(record).toEqual({
      stream: 'campaign_metrics',
      raw,
      derived: {
        externalId: '1234567890:111:2026-10-01',
        channel: 'google_ads',
        accountExternalId: '1234567890',
        cost: 1250,
        currency: 'USD',
      },
    });
    const yen = campaignDayRecord(row({ costMicros: '150000000' }, 'JPY'), { customerId: '1234567890', currency: 'JPY' });
    expect(isRejected(yen) ? undefined : yen.derived?.['cost']).toBe(150);
  });

  it('falls back to the account currency and treats missing metrics as zero', () => {
    const record = campaignDayRecord(row({ impressions: '3' }), { customerId: '1234567890', currency: 'JPY' });
    expect(isRejected(record) ? undefined : record.derived).toMatchObject({ cost: 0, currency: 'JPY' });
  });

  it('rejects a row without a date or with a non-numeric counter, with the reason', () => {
    const noDate = { ...row({}), segments: {} };
    const rejected = campaignDayRecord(noDate, { customerId: '1234567890', currency: 'USD' });
    expect(isRejected(rejected) && rejected.reason).toMatch(/segments\.date/);
    const bad = campaignDayRecord(row({ clicks: 'many' }), { customerId: '1234567890', currency: 'USD' });
    expect(isRejected(bad) && bad.reason).toMatch(/metrics\.clicks/);
  });
});
