import { defineStream, toMinorUnits, type PageWindow, type StreamContext } from '@tributary/core';
import { z } from 'zod';
import { MetaInsightsRow } from '../api.js';
import { MetaAdsSettings } from '../config.js';
import { readInsights } from '../insights.js';
import { accountPartitions } from '../partitions.js';

export const CAMPAIGN_METRICS = 'campaign_metrics';
/** The `channel` of every Meta Ads metric row. */
export const META_ADS_CHANNEL = 'meta_ads';

/**
 * The (account, campaign, date) key of a metric row: its canonical externalId.
 *
 * @example
 * metricKey('act_1234567890', '120210000000001', '2026-10-01') // 'act_1234567890:120210000000001:2026-10-01'
 */
export const metricKey = (accountId: string, campaignId: string, date: string): string => `${accountId}:${campaignId}:${date}`;

/**
 * The sum of the `actions` whose type is listed (decimal strings; rounded to
 * 1e-6 so sums of fractions compare equal run after run).
 *
 * @example
 * sumActions([{ action_type: 'lead', value: '3' }, { action_type: 'link_click', value: '40' }], ['lead']) // 3
 */
export function sumActions(actions: MetaInsightsRow['actions'], types: readonly string[]): number {
  const total = actions.filter((a) => types.includes(a.action_type)).reduce((sum, a) => sum + Number(a.value), 0);
  return Math.round(total * 1e6) / 1e6;
}

/** The two settings `derive` reads (the run's settings arrive untyped in the item context). */
const ActionTypeSettings = z.object({ leadActionTypes: z.array(z.string()), conversionActionTypes: z.array(z.string()) });
const DEFAULT_ACTION_TYPES = ActionTypeSettings.parse(MetaAdsSettings.parse({}));

/** One date chunk of one account: every row in hand before the chunk is returned, so the chunk is complete. */
async function readChunk(window: PageWindow, ctx: StreamContext<MetaAdsSettings>) {
  const accountId = window.partition?.key ?? '';
  const { rows, async } = await readInsights(ctx.http, accountId, window.from ?? '', window.to ?? '', ctx.signal);
  ctx.logger.debug({ accountId, from: window.from, to: window.to, rows: rows.length, async }, 'meta insights chunk');
  return { items: rows, next: null };
}

/**
 * Campaign insights by day of every selected ad account, in the account's
 * time zone: a first sync reads `startDate` or the last `initialDays` days,
 * each later one the last `restatementDays` (conversions attributed late, up
 * to 28 days after a click), `daysPerRequest` at a time. Each chunk is read
 * whole (every page, or the async report run) and declared complete: a
 * stored day Meta no longer reports had no delivery. `derive` adds the key,
 * spend in minor units, the currency, and leads and conversions from `actions`.
 */
export const campaignMetrics = defineStream<MetaInsightsRow, MetaAdsSettings>({
  name: CAMPAIGN_METRICS,
  entity: 'channel_metric',
  description: 'One row per ad account, campaign and day (account time zone); spend in minor units of the account currency',
  label: 'insights row',
  schema: MetaInsightsRow,
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
  derive: (row, { partition, settings }) => {
    const accountId = partition?.key ?? `act_${row.account_id ?? ''}`;
    const currency = row.account_currency ?? String(partition?.data?.['currency'] ?? '');
    const chosen = ActionTypeSettings.safeParse(settings);
    const types = chosen.success ? chosen.data : DEFAULT_ACTION_TYPES;
    return {
      externalId: metricKey(accountId, row.campaign_id, row.date_start),
      channel: META_ADS_CHANNEL,
      accountExternalId: accountId,
      cost: toMinorUnits(row.spend, currency),
      currency,
      leads: sumActions(row.actions, types.leadActionTypes),
      conversions: sumActions(row.actions, types.conversionActionTypes),
    };
  },
});
