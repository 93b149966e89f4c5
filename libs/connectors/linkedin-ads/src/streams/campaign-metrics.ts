import { defineStream, toMinorUnits, type PageWindow, type StreamContext } from '@tributary/core';
import { LinkedInAnalyticsElement } from '../api.js';
import type { LinkedInAdsSettings } from '../config.js';
import { readAnalytics } from '../analytics.js';
import { accountPartitions } from '../partitions.js';

export const CAMPAIGN_METRICS = 'campaign_metrics';
/** The `channel` of every LinkedIn Ads metric row. */
export const LINKEDIN_ADS_CHANNEL = 'linkedin_ads';

/**
 * The (account, campaign, date) key of a metric row: its canonical externalId.
 *
 * @example
 * metricKey('508915158', '612345678', '2026-10-01') // '508915158:612345678:2026-10-01'
 */
export const metricKey = (accountId: string, campaignId: string, date: string): string => `${accountId}:${campaignId}:${date}`;

const pad = (n: number) => String(n).padStart(2, '0');
/** The element's day as `YYYY-MM-DD`. */
export const elementDate = (e: LinkedInAnalyticsElement): string =>
  `${e.dateRange.start.year}-${pad(e.dateRange.start.month)}-${pad(e.dateRange.start.day)}`;
export const campaignIdOf = (e: LinkedInAnalyticsElement): string => e.pivotValues[0].slice('urn:li:sponsoredCampaign:'.length);

/** One date chunk of one account: every element in hand (split at the element cap), so the chunk is complete. */
async function readChunk(window: PageWindow, ctx: StreamContext<LinkedInAdsSettings>) {
  const accountId = window.partition?.key ?? '';
  const items = await readAnalytics(ctx.http, ctx.logger, accountId, window.from ?? '', window.to ?? '');
  ctx.logger.debug({ accountId, from: window.from, to: window.to, rows: items.length }, 'linkedin analytics chunk');
  return { items, next: null };
}

/**
 * Campaign analytics by UTC day of every selected ad account: a first sync
 * reads `startDate` or the last `initialDays` days, each later one the last
 * `restatementDays` (conversions land up to the attribution window after a
 * click), `daysPerRequest` at a time. Each chunk is complete: a stored day
 * LinkedIn no longer reports had no activity. `derive` adds the key, cost in
 * minor units of the account currency, and the campaign's name (read when
 * the account is opened; empty for a campaign created since).
 */
export const campaignMetrics = defineStream<LinkedInAnalyticsElement, LinkedInAdsSettings>({
  name: CAMPAIGN_METRICS,
  entity: 'channel_metric',
  description: 'One row per ad account, campaign and UTC day; cost in minor units of the account currency',
  label: 'analytics element',
  schema: LinkedInAnalyticsElement,
  partitions: accountPartitions,
  incremental: {
    type: 'dateWindows',
    startDate: (ctx) => ctx.settings.startDate,
    initialDays: (ctx) => ctx.settings.initialDays,
    lookbackDays: (ctx) => ctx.settings.restatementDays,
    chunkDays: (ctx) => ctx.settings.daysPerRequest,
    timeZone: () => 'UTC',
  },
  read: readChunk,
  derive: (element, { partition }) => {
    const accountId = partition?.key ?? '';
    const currency = String(partition?.data?.['currency'] ?? '');
    const campaignId = campaignIdOf(element);
    const names = partition?.data?.['campaigns'];
    const name = names && typeof names === 'object' && !Array.isArray(names) ? names[campaignId] : undefined;
    return {
      externalId: metricKey(accountId, campaignId, elementDate(element)),
      channel: LINKEDIN_ADS_CHANNEL,
      accountExternalId: accountId,
      campaignId,
      campaign: typeof name === 'string' ? name : '',
      date: elementDate(element),
      cost: toMinorUnits(element.costInLocalCurrency, currency),
      currency,
    };
  },
});
