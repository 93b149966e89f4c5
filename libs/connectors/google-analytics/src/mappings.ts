import type { FieldMappingInput } from '@tributary/core';

const stream = 'site_analytics';

/**
 * Default GA4 -> canonical mappings. Paths read the stored row
 * (`metrics.*` are GA's strings, coerced by the canonical schema); `$.x`
 * reads what the stream derived: the (property, date, dimensions) key, the
 * ISO date and the source.
 *
 * @example
 * mergeMappings(GOOGLE_ANALYTICS_MAPPINGS, tenantOverrides)
 */
export const GOOGLE_ANALYTICS_MAPPINGS: FieldMappingInput[] = [
  { stream, source: '$.externalId', target: 'externalId' },
  { stream, source: '$.date', target: 'date' },
  { stream, source: '$.source', target: 'source' },
  { stream, source: 'propertyId', target: 'propertyId' },
  { stream, source: 'dimensions', target: 'dimensions' },
  { stream, source: 'metrics.sessions', target: 'sessions' },
  { stream, source: 'metrics.totalUsers', target: 'users' },
  { stream, source: 'metrics.newUsers', target: 'newUsers' },
  { stream, source: 'metrics.screenPageViews', target: 'pageViews' },
  { stream, source: 'metrics.engagedSessions', target: 'engagedSessions' },
  { stream, source: 'metrics.userEngagementDuration', target: 'engagementSeconds' },
  { stream, source: 'metrics.keyEvents', target: 'keyEvents' },
];
