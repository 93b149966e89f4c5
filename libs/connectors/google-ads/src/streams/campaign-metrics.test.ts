import { isRejected, toRecord } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { campaignMetrics, campaignMetricsQuery } from './campaign-metrics.js';

const row = (metrics: Record<string, unknown>, currencyCode?: string) => ({
  customer: { resourceName: 'customers/1234567890', id: '1234567890', ...(currencyCode ? { currencyCode } : {}) },
  campaign: { resourceName: 'customers/1234567890/campaigns/111', id: '111', name: 'Brand - Search' },
  segments: { date: '2026-10-01' },
  metrics,
});
const account = (currency: string) => ({ partition: { key: '1234567890', data: { currency, timeZone: 'UTC' } } });

describe('campaign_metrics stream', () => {
  it('asks for one row per campaign and day between two dates, in the account time zone', () => {
    const query = campaignMetricsQuery('2026-10-01', '2026-10-07');
    expect(query).toBe(
      "SELECT customer.id, customer.currency_code, campaign.id, campaign.name, segments.date, metrics.impressions, metrics.clicks, metrics.cost_micros, metrics.conversions FROM campaign WHERE segments.date BETWEEN '2026-10-01' AND '2026-10-07' ORDER BY segments.date, campaign.id",
    );
  });

  it('keys a row by (account, campaign, date) and converts cost micros to minor units of the row currency', () => {
    const raw = row({ impressions: '10922', clicks: '40', costMicros: '12500000', conversions: 2.5 }, 'USD');
    expect(toRecord(campaignMetrics, raw, account('EUR'), 'Google Ads')).toEqual({
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
    const yen = toRecord(campaignMetrics, row({ costMicros: '150000000' }, 'JPY'), account('JPY'), 'Google Ads');
    expect(isRejected(yen) ? undefined : yen.derived?.['cost']).toBe(150);
  });

  it('falls back to the account currency and treats missing metrics as zero', () => {
    const record = toRecord(campaignMetrics, row({ impressions: '3' }), account('JPY'), 'Google Ads');
    expect(isRejected(record) ? undefined : record.derived).toMatchObject({ cost: 0, currency: 'JPY' });
  });

  it('keeps a day whose conversions were retracted below zero (no lower bound at Google), and rejects a non-finite one', () => {
    const retracted = toRecord(campaignMetrics, row({ clicks: '12', conversions: -1.5 }), account('USD'), 'Google Ads');
    expect(isRejected(retracted) ? retracted.reason : (retracted.raw as { metrics: unknown }).metrics).toEqual({
      clicks: '12',
      conversions: -1.5,
    });
    const bad = toRecord(campaignMetrics, row({ conversions: 'NaN' }), account('USD'), 'Google Ads');
    expect(isRejected(bad) && bad.reason).toMatch(/metrics\.conversions/);
  });

  it('rejects a row without a date or with a non-numeric counter, with the reason', () => {
    const noDate = { ...row({}), segments: {} };
    const rejected = toRecord(campaignMetrics, noDate, account('USD'), 'Google Ads');
    expect(isRejected(rejected) && rejected.reason).toMatch(/^Google Ads campaign row does not match the expected shape: segments\.date/);
    const bad = toRecord(campaignMetrics, row({ clicks: 'many' }), account('USD'), 'Google Ads');
    expect(isRejected(bad) && bad.reason).toMatch(/metrics\.clicks/);
  });
});
