import { defineStream, microsToMinor, type PageWindow, type StreamContext } from '@tributary/core';
import { GoogleAdsCampaignDay } from '../api.js';
import type { GoogleAdsSettings } from '../config.js';
import { accessFor, accountPartitions } from '../partitions.js';
import { searchStream } from '../requests.js';

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

/** One date chunk of one account through `googleAds:searchStream`: every row in one response. */
async function readChunk(window: PageWindow, ctx: StreamContext<GoogleAdsSettings>) {
  const customerId = window.partition?.key ?? '';
  const access = accessFor(ctx.credentials, ctx.settings, customerId);
  const items = await searchStream(ctx.http, access, customerId, campaignMetricsQuery(window.from ?? '', window.to ?? ''));
  ctx.logger.debug({ customerId, from: window.from, to: window.to, rows: items.length }, 'google ads chunk');
  return { items, next: null };
}

/**
 * Campaign metrics by day of every selected account, in the account's time
 * zone: a first sync reads `startDate` or the last `initialDays` days, each
 * later one the last `restatementDays` (late conversions, invalid-click
 * credits), `daysPerRequest` at a time. Each chunk is complete: a stored
 * day Google no longer reports is all zero now. The row stays untouched as
 * `raw` (an unchanged day compares equal and is not rewritten); `derive`
 * adds the key, cost in minor units and the currency.
 */
export const campaignMetrics = defineStream<GoogleAdsCampaignDay, GoogleAdsSettings>({
  name: CAMPAIGN_METRICS,
  entity: 'channel_metric',
  description: 'One row per account, campaign and day (account time zone); cost in minor units of the account currency',
  label: 'campaign row',
  schema: GoogleAdsCampaignDay,
  partitions: accountPartitions,
  incremental: {
    type: 'dateWindows',
    startDate: (ctx) => ctx.settings.startDate,
    initialDays: (ctx) => ctx.settings.initialDays,
    lookbackDays: (ctx) => ctx.settings.restatementDays,
    chunkDays: (ctx) => ctx.settings.daysPerRequest,
    timeZone: (partition) => String(partition?.data?.['timeZone'] ?? 'UTC'),
  },
  read: readChunk,
  derive: (row, { partition }) => {
    const customerId = partition?.key ?? row.customer.id;
    const currency = row.customer.currencyCode ?? String(partition?.data?.['currency'] ?? '');
    return {
      externalId: metricKey(customerId, row.campaign.id, row.segments.date),
      channel: GOOGLE_ADS_CHANNEL,
      accountExternalId: customerId,
      cost: microsToMinor(row.metrics.costMicros, currency),
      currency,
    };
  },
});
