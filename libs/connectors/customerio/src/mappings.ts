import type { FieldMappingInput } from '@tributary/core';

const activity = (stream: string): FieldMappingInput[] => [
  { stream, source: '$.externalId', target: 'externalId' },
  { stream, source: '$.type', target: 'type' },
  { stream, source: '$.channel', target: 'channel' },
  { stream, source: '$.occurredAt', target: 'occurredAt' },
  { stream, source: '$.personExternalId', target: 'personExternalId' },
  { stream, source: '$.properties', target: 'properties' },
];

/**
 * Default Customer.io -> canonical mappings. Paths read Customer.io's
 * object; `$.x` reads a value the stream derived (attributes looked up by
 * `cio_id`, times converted from unix seconds, activity types).
 */
export const CUSTOMERIO_MAPPINGS: FieldMappingInput[] = [
  { stream: 'people', source: 'cio_id', target: 'externalId' },
  { stream: 'people', source: '$.email', target: 'email', transform: 'lowercase' },
  { stream: 'people', source: '$.firstName', target: 'firstName', transform: 'trim' },
  { stream: 'people', source: '$.lastName', target: 'lastName', transform: 'trim' },
  { stream: 'people', source: '$.kind', target: 'kind' },
  ...activity('deliveries'),
  ...activity('delivery_events'),
];
