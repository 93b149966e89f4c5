import type { FieldMappingInput } from '@tributary/core';

/**
 * Default Stripe -> canonical mappings. Paths read the Stripe object;
 * `$.x` reads a value the stream derived (amounts in ISO 4217 minor units,
 * name split, email fallback, subscription plan details).
 */
export const STRIPE_MAPPINGS: FieldMappingInput[] = [
  { stream: 'customers', source: 'id', target: 'externalId' },
  { stream: 'customers', source: 'email', target: 'email', transform: 'lowercase' },
  { stream: 'customers', source: '$.firstName', target: 'firstName', transform: 'trim' },
  { stream: 'customers', source: '$.lastName', target: 'lastName', transform: 'trim' },
  { stream: 'customers', source: 'phone', target: 'phone' },
  { stream: 'customers', source: '$.kind', target: 'kind' },

  { stream: 'charges', source: 'id', target: 'externalId' },
  { stream: 'charges', source: '$.amount', target: 'amount' },
  { stream: 'charges', source: 'currency', target: 'currency', transform: 'uppercase' },
  { stream: 'charges', source: 'status', target: 'status' },
  { stream: 'charges', source: '$.amountRefunded', target: 'amountRefunded' },
  { stream: 'charges', source: '$.customerEmail', target: 'customerEmail', transform: 'lowercase' },
  { stream: 'charges', source: '$.customerExternalId', target: 'customerExternalId' },
  { stream: 'charges', source: 'description', target: 'description' },
  { stream: 'charges', source: 'created', target: 'occurredAt' },

  { stream: 'refunds', source: 'id', target: 'externalId' },
  { stream: 'refunds', source: '$.type', target: 'type' },
  { stream: 'refunds', source: '$.channel', target: 'channel' },
  { stream: 'refunds', source: 'created', target: 'occurredAt' },
  { stream: 'refunds', source: '$.properties', target: 'properties' },

  { stream: 'subscriptions', source: 'id', target: 'externalId' },
  { stream: 'subscriptions', source: '$.type', target: 'type' },
  { stream: 'subscriptions', source: '$.channel', target: 'channel' },
  { stream: 'subscriptions', source: 'created', target: 'occurredAt' },
  { stream: 'subscriptions', source: '$.personExternalId', target: 'personExternalId' },
  { stream: 'subscriptions', source: '$.properties', target: 'properties' },
];
