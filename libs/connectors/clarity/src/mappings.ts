import type { FieldMappingInput } from '@tributary/core';

const stream = 'live_insights';
const derived = [
  'sessions',
  'botSessions',
  'users',
  'engagementSeconds',
  'scrollDepth',
  'rageClicks',
  'deadClicks',
  'quickbacks',
  'excessiveScrolls',
  'scriptErrors',
];

/**
 * Default Clarity -> canonical mappings. The figures are derived from the
 * joined metric blocks (`$.x`: counts parsed from Clarity's strings, the
 * `distantUserCount` spelling accepted); the row keeps each block as sent.
 *
 * @example
 * mergeMappings(CLARITY_MAPPINGS, tenantOverrides)
 */
export const CLARITY_MAPPINGS: FieldMappingInput[] = [
  { stream, source: '$.externalId', target: 'externalId' },
  { stream, source: 'date', target: 'date' },
  { stream, source: '$.source', target: 'source' },
  { stream, source: 'projectId', target: 'propertyId' },
  { stream, source: 'dimensions', target: 'dimensions' },
  ...derived.map((name) => ({ stream, source: `$.${name}`, target: name })),
  { stream, source: '$.properties', target: 'properties' },
];
