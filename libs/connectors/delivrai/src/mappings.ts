import type { FieldMappingInput } from '@tributary/core';

/** Default Delivr.ai -> canonical mappings: paths read the vendor's object, `$.x` a value the stream derived. */
export const DELIVRAI_MAPPINGS: FieldMappingInput[] = [
  { stream: 'contacts', source: 'id', target: 'externalId' },
  { stream: 'contacts', source: 'email', target: 'email', transform: 'lowercase' },
  { stream: 'contacts', source: 'first_name', target: 'firstName', transform: 'trim' },
  { stream: 'contacts', source: 'last_name', target: 'lastName', transform: 'trim' },
  { stream: 'contacts', source: '$.kind', target: 'kind' },
];
