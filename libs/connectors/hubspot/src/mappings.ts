import type { FieldMappingInput } from '@tributary/core';

const activity = (stream: 'meetings' | 'calls'): FieldMappingInput[] => [
  { stream, source: 'id', target: 'externalId' },
  { stream, source: '$.type', target: 'type' },
  { stream, source: '$.channel', target: 'channel' },
  { stream, source: '$.occurredAt', target: 'occurredAt' },
  { stream, source: '$.personExternalId', target: 'personExternalId' },
  { stream, source: '$.accountExternalId', target: 'accountExternalId' },
  { stream, source: '$.properties', target: 'properties' },
];

/** Tombstones are keyed by the record id; the rest of an archived record is not read. */
const archived = (stream: string): FieldMappingInput => ({ stream, source: 'id', target: 'externalId' });

/**
 * Default HubSpot -> canonical mappings. Paths read the search result
 * (`properties.<internal name>`); `$.x` reads a value the stream derived
 * (minor units, stage labels from the pipelines, associations).
 */
export const HUBSPOT_MAPPINGS: FieldMappingInput[] = [
  { stream: 'companies', source: 'id', target: 'externalId' },
  { stream: 'companies', source: '$.name', target: 'name', transform: 'trim' },
  { stream: 'companies', source: 'properties.domain', target: 'domain' },
  { stream: 'companies', source: 'properties.industry', target: 'industry' },
  { stream: 'companies', source: 'properties.numberofemployees', target: 'employeeCount' },
  { stream: 'companies', source: 'properties.annualrevenue', target: 'annualRevenue' },

  { stream: 'contacts', source: 'id', target: 'externalId' },
  { stream: 'contacts', source: 'properties.email', target: 'email', transform: 'lowercase' },
  { stream: 'contacts', source: 'properties.firstname', target: 'firstName', transform: 'trim' },
  { stream: 'contacts', source: 'properties.lastname', target: 'lastName', transform: 'trim' },
  { stream: 'contacts', source: 'properties.jobtitle', target: 'title', transform: 'trim' },
  { stream: 'contacts', source: 'properties.phone', target: 'phone' },
  { stream: 'contacts', source: 'properties.associatedcompanyid', target: 'accountExternalId' },
  { stream: 'contacts', source: '$.kind', target: 'kind' },

  { stream: 'deals', source: 'id', target: 'externalId' },
  { stream: 'deals', source: 'properties.dealname', target: 'name', transform: 'trim' },
  { stream: 'deals', source: '$.amount', target: 'amount' },
  { stream: 'deals', source: '$.currency', target: 'currency' },
  { stream: 'deals', source: '$.stage', target: 'stage' },
  { stream: 'deals', source: '$.status', target: 'status' },
  { stream: 'deals', source: '$.closeDate', target: 'closeDate' },
  { stream: 'deals', source: '$.contactEmail', target: 'contactEmail', transform: 'lowercase' },
  { stream: 'deals', source: '$.accountExternalId', target: 'accountExternalId' },
  { stream: 'deals', source: '$.properties', target: 'properties' },

  ...activity('meetings'),
  ...activity('calls'),

  ...['companies', 'contacts', 'deals', 'meetings', 'calls'].map((type) => archived(`${type}_archived`)),
];
