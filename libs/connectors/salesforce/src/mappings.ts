import type { FieldMappingInput } from '@tributary/core';

const person = (stream: 'contacts' | 'leads'): FieldMappingInput[] => [
  { stream, source: 'Id', target: 'externalId' },
  { stream, source: 'Email', target: 'email', transform: 'lowercase' },
  { stream, source: 'FirstName', target: 'firstName', transform: 'trim' },
  { stream, source: 'LastName', target: 'lastName', transform: 'trim' },
  { stream, source: 'Title', target: 'title', transform: 'trim' },
  { stream, source: 'Phone', target: 'phone' },
  { stream, source: '$.kind', target: 'kind' },
];

const activity = (stream: 'tasks' | 'events'): FieldMappingInput[] => [
  { stream, source: 'Id', target: 'externalId' },
  { stream, source: '$.type', target: 'type' },
  { stream, source: '$.channel', target: 'channel' },
  { stream, source: '$.occurredAt', target: 'occurredAt' },
  { stream, source: 'WhoId', target: 'personExternalId' },
  { stream, source: 'AccountId', target: 'accountExternalId' },
  { stream, source: '$.properties', target: 'properties' },
];

/**
 * Default Salesforce -> canonical mappings. Paths read the query row
 * (standard field API names); `$.x` reads a value the stream derived
 * (minor units, deal status, the domain of the website, lookups).
 */
export const SALESFORCE_MAPPINGS: FieldMappingInput[] = [
  { stream: 'accounts', source: 'Id', target: 'externalId' },
  { stream: 'accounts', source: 'Name', target: 'name', transform: 'trim' },
  { stream: 'accounts', source: '$.domain', target: 'domain' },
  { stream: 'accounts', source: 'Industry', target: 'industry' },
  { stream: 'accounts', source: 'NumberOfEmployees', target: 'employeeCount' },
  { stream: 'accounts', source: 'AnnualRevenue', target: 'annualRevenue' },

  ...person('contacts'),
  { stream: 'contacts', source: 'AccountId', target: 'accountExternalId' },
  ...person('leads'),
  { stream: 'leads', source: '$.accountExternalId', target: 'accountExternalId' },

  { stream: 'opportunities', source: 'Id', target: 'externalId' },
  { stream: 'opportunities', source: 'Name', target: 'name', transform: 'trim' },
  { stream: 'opportunities', source: '$.amount', target: 'amount' },
  { stream: 'opportunities', source: '$.currency', target: 'currency' },
  { stream: 'opportunities', source: 'StageName', target: 'stage' },
  { stream: 'opportunities', source: '$.status', target: 'status' },
  { stream: 'opportunities', source: 'CloseDate', target: 'closeDate' },
  { stream: 'opportunities', source: '$.contactEmail', target: 'contactEmail', transform: 'lowercase' },
  { stream: 'opportunities', source: 'AccountId', target: 'accountExternalId' },
  { stream: 'opportunities', source: '$.properties', target: 'properties' },

  ...activity('tasks'),
  ...activity('events'),
];
