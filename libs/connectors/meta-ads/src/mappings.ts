import type { FieldMappingInput } from '@tributary/core';

/**
 * Default Meta Ads -> canonical mappings. Paths read the insights row
 * (counts arrive as decimal strings and are coerced); `$.x` reads what the
 * stream derived: the (account, campaign, date) key, spend in minor units,
 * the currency, and leads and conversions summed from `actions`.
 *
 * @example
 * mergeMappings(META_ADS_MAPPINGS, tenantOverrides)
 */
export const META_ADS_MAPPINGS: FieldMappingInput[] = [
  { stream: 'campaign_metrics', source: '$.externalId', target: 'externalId' },
  { stream: 'campaign_metrics', source: 'date_start', target: 'date' },
  { stream: 'campaign_metrics', source: '$.channel', target: 'channel' },
  { stream: 'campaign_metrics', source: '$.accountExternalId', target: 'accountExternalId' },
  { stream: 'campaign_metrics', source: 'campaign_id', target: 'campaignId' },
  { stream: 'campaign_metrics', source: 'campaign_name', target: 'campaign' },
  { stream: 'campaign_metrics', source: 'impressions', target: 'impressions' },
  { stream: 'campaign_metrics', source: 'clicks', target: 'clicks' },
  { stream: 'campaign_metrics', source: '$.leads', target: 'leads' },
  { stream: 'campaign_metrics', source: '$.conversions', target: 'conversions' },
  { stream: 'campaign_metrics', source: '$.cost', target: 'cost' },
  { stream: 'campaign_metrics', source: '$.currency', target: 'currency', transform: 'uppercase' },
];
