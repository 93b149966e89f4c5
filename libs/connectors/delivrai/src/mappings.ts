import type { FieldMappingInput } from '@tributary/core';

/**
 * Default Delivr.ai -> canonical mappings. Paths read Delivr.ai's event (or
 * the company object made of it); `$.x` reads a value the stream derived.
 */
export const DELIVRAI_MAPPINGS: FieldMappingInput[] = [
  { stream: 'events', source: 'event_id', target: 'externalId' },
  { stream: 'events', source: '$.type', target: 'type' },
  { stream: 'events', source: '$.channel', target: 'channel' },
  { stream: 'events', source: '$.occurredAt', target: 'occurredAt' },
  { stream: 'events', source: '$.personExternalId', target: 'personExternalId' },
  { stream: 'events', source: '$.accountExternalId', target: 'accountExternalId' },
  { stream: 'events', source: '$.properties', target: 'properties' },

  { stream: 'companies', source: 'domain', target: 'externalId' },
  { stream: 'companies', source: 'name', target: 'name', transform: 'trim' },
  { stream: 'companies', source: 'domain', target: 'domain' },
  { stream: 'companies', source: '$.industry', target: 'industry' },
  { stream: 'companies', source: '$.employeeCount', target: 'employeeCount' },
];
