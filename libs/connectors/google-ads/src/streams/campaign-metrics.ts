import type { RejectedRecord, SyncRecord } from '@tributary/core';
import { GoogleAdsCampaignDay } from '../api.js';
import { microsToMinor } from '../currency.js';

export const CAMPAIGN_METRICS = 'campaign_metrics';
/** The `channel` of every Google Ads metric row. */
export const GOOGLE_ADS_CHANNEL = 'google_ads';

/**
 * Daily metrics per campaign between two dates (inclusive, account time:
 * `segments.date` is the account's calendar day). Rows whose metrics are
 * all zero are left out by Google. The currency comes with every row.
 * https://developers.google.com/google-ads/api/docs/reporting/segmentation#date_segments
 *
 * @example
 * campaignMetricsQuery('2026-10-01', '2026-10-07') // "SELECT ... WHERE segments.date BETWEEN '2026-10-01' AND '2026-10-07' ORDER BY ..."
 */
export function campaignMetricsQuery(from: string, to: string): string {
  return [
    'SELECT customer.id, customer.currency_code, campaign.id, campaign.name, segments.date,',
    'metrics.impressions, metrics.clicks, metrics.cost_micros, metrics.conversions',
    `FROM campaign WHERE segments.date BETWEEN '${from}' AND '${to}'`,
    'ORDER BY segments.date, campaign.id',
  ].join(' ');
}

/**
 * The (account, campaign, date) key of a metric row: its canonical externalId.
 *
 * @example
 * metricKey('1234567890', '111', '2026-10-01') // '1234567890:111:2026-10-01'
 */
export const metricKey = (customerId: string, campaignId: string, date: string): string => `${customerId}:${campaignId}:${date}`;

function reasonOf(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(row)'}: ${i.message}`)
    .join('; ');
}

/**
 * One GoogleAdsRow -> a record: the row untouched as `raw` (so an unchanged
 * day compares equal on the next read and is not rewritten), and the values
 * the mappings cannot read from it: the key, cost in minor units, currency.
 * A row that does not parse becomes a rejection with the reason.
 *
 * @example
 * campaignDayRecord(row, { customerId: '1234567890', currency: 'USD' }).derived // { externalId: '1234567890:111:2026-10-01', cost: 1235, ... }
 */
export function campaignDayRecord(raw: unknown, account: { customerId: string; currency: string }): SyncRecord | RejectedRecord {
  const object = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const parsed = GoogleAdsCampaignDay.safeParse(raw);
  if (!parsed.success) {
    return {
      stream: CAMPAIGN_METRICS,
      raw,
      reason: `Google Ads campaign row does not match the expected shape: ${reasonOf(parsed.error.issues)}`,
    };
  }
  const row = parsed.data;
  const currency = row.customer.currencyCode ?? account.currency;
  return {
    stream: CAMPAIGN_METRICS,
    raw: object,
    derived: {
      externalId: metricKey(account.customerId, row.campaign.id, row.segments.date),
      channel: GOOGLE_ADS_CHANNEL,
      accountExternalId: account.customerId,
      cost: microsToMinor(row.metrics.costMicros, currency),
      currency,
    },
  };
}

export const isRejected = (r: SyncRecord | RejectedRecord): r is RejectedRecord => 'reason' in r;
