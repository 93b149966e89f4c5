import type { FieldMappingInput } from '@tributary/core';

/**
 * Default LinkedIn Ads -> canonical mappings. Paths read the adAnalytics
 * element; `$.x` reads what the stream derived: the key, the day, the
 * campaign id and name, cost in minor units and the currency. Leads are
 * Lead Gen Form leads (`oneClickLeads`), conversions website conversions
 * (`externalWebsiteConversions`).
 *
 * @example
 * mergeMappings(LINKEDIN_ADS_MAPPINGS, tenantOverrides)
 */
export const LINKEDIN_ADS_MAPPINGS: FieldMappingInput[] = [
  { stream: 'campaign_metrics', source: '$.externalId', target: 'externalId' },
  { stream: 'campaign_metrics', source: '$.date', target: 'date' },
  { stream: 'campaign_metrics', source: '$.channel', target: 'channel' },
  { stream: 'campaign_metrics', source: '$.accountExternalId', target: 'accountExternalId' },
  { stream: 'campaign_metrics', source: '$.campaignId', target: 'campaignId' },
  { stream: 'campaign_metrics', source: '$.campaign', target: 'campaign' },
  { stream: 'campaign_metrics', source: 'impressions', target: 'impressions' },
  { stream: 'campaign_metrics', source: 'clicks', target: 'clicks' },
  { stream: 'campaign_metrics', source: 'oneClickLeads', target: 'leads' },
  { stream: 'campaign_metrics', source: 'externalWebsiteConversions', target: 'conversions' },
  { stream: 'campaign_metrics', source: '$.cost', target: 'cost' },
  { stream: 'campaign_metrics', source: '$.currency', target: 'currency', transform: 'uppercase' },
];
