import type { FieldMappingInput } from '@tributary/core';

/**
 * Default Google Ads -> canonical mappings. Paths read the GoogleAdsRow
 * (camelCase; int64 counters arrive as strings and are coerced); `$.x`
 * reads what the stream derived: the (account, campaign, date) key, cost in
 * minor units and the currency.
 *
 * @example
 * mergeMappings(GOOGLE_ADS_MAPPINGS, tenantOverrides)
 */
export const GOOGLE_ADS_MAPPINGS: FieldMappingInput[] = [
  { stream: 'campaign_metrics', source: '$.externalId', target: 'externalId' },
  { stream: 'campaign_metrics', source: 'segments.date', target: 'date' },
  { stream: 'campaign_metrics', source: '$.channel', target: 'channel' },
  { stream: 'campaign_metrics', source: '$.accountExternalId', target: 'accountExternalId' },
  { stream: 'campaign_metrics', source: 'campaign.id', target: 'campaignId' },
  { stream: 'campaign_metrics', source: 'campaign.name', target: 'campaign' },
  { stream: 'campaign_metrics', source: 'metrics.impressions', target: 'impressions' },
  { stream: 'campaign_metrics', source: 'metrics.clicks', target: 'clicks' },
  { stream: 'campaign_metrics', source: 'metrics.conversions', target: 'conversions' },
  { stream: 'campaign_metrics', source: '$.cost', target: 'cost' },
  { stream: 'campaign_metrics', source: '$.currency', target: 'currency', transform: 'uppercase' },
];
