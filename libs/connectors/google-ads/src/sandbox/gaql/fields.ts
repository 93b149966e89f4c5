import type { DayValues } from '../metrics.js';
import type { FieldValue, SimAccount, SimCampaign } from '../types.js';

/** One row being built: the resource instance, and the day and its metrics when segmented. */
export interface RowContext {
  /** The customer the request is for (for `customer_client`, the manager). */
  account: SimAccount;
  campaign?: SimCampaign;
  client?: { account: SimAccount; level: number };
  date?: string;
  metrics?: DayValues;
}

export type FieldType = 'INT64' | 'DOUBLE' | 'STRING' | 'ENUM' | 'BOOLEAN' | 'DATE';
export type ResourceName = 'customer' | 'campaign' | 'customer_client' | 'segments' | 'metrics';

export interface FieldDef {
  type: FieldType;
  resource: ResourceName;
  get(row: RowContext): FieldValue | undefined;
}

const customer = (type: FieldType, get: (a: SimAccount) => FieldValue): FieldDef => ({
  type,
  resource: 'customer',
  get: (r) => get(r.account),
});
const campaign = (type: FieldType, get: (c: SimCampaign, r: RowContext) => FieldValue): FieldDef => ({
  type,
  resource: 'campaign',
  get: (r) => (r.campaign ? get(r.campaign, r) : undefined),
});
const client = (type: FieldType, get: (a: SimAccount, r: RowContext) => FieldValue): FieldDef => ({
  type,
  resource: 'customer_client',
  get: (r) => (r.client ? get(r.client.account, r) : undefined),
});
const metric = (type: FieldType, get: (m: DayValues) => number): FieldDef => ({
  type,
  resource: 'metrics',
  get: (r) => (r.metrics ? get(r.metrics) : undefined),
});

/**
 * The fields the simulator knows, with their types (int64 are JSON strings)
 * (https://developers.google.com/google-ads/api/fields/v26/campaign, customer, customer_client).
 */
export const FIELDS: Readonly<Record<string, FieldDef>> = {
  'customer.resource_name': customer('STRING', (a) => `customers/${a.id}`),
  'customer.id': customer('INT64', (a) => a.id),
  'customer.descriptive_name': customer('STRING', (a) => a.name),
  'customer.currency_code': customer('STRING', (a) => a.currency),
  'customer.time_zone': customer('STRING', (a) => a.timeZone),
  'customer.manager': customer('BOOLEAN', (a) => a.manager),
  'customer.status': customer('ENUM', (a) => a.status),
  'customer.test_account': customer('BOOLEAN', (a) => a.testAccount),
  'campaign.resource_name': campaign('STRING', (c, r) => `customers/${r.account.id}/campaigns/${c.id}`),
  'campaign.id': campaign('INT64', (c) => c.id),
  'campaign.name': campaign('STRING', (c) => c.name),
  'campaign.status': campaign('ENUM', (c) => c.status),
  'campaign.advertising_channel_type': campaign('ENUM', (c) => c.channel),
  'customer_client.resource_name': client('STRING', (a, r) => `customers/${r.account.id}/customerClients/${a.id}`),
  'customer_client.client_customer': client('STRING', (a) => `customers/${a.id}`),
  'customer_client.id': client('INT64', (a) => a.id),
  'customer_client.descriptive_name': client('STRING', (a) => a.name),
  'customer_client.currency_code': client('STRING', (a) => a.currency),
  'customer_client.time_zone': client('STRING', (a) => a.timeZone),
  'customer_client.manager': client('BOOLEAN', (a) => a.manager),
  'customer_client.status': client('ENUM', (a) => a.status),
  'customer_client.test_account': client('BOOLEAN', (a) => a.testAccount),
  'customer_client.hidden': client('BOOLEAN', () => false),
  'customer_client.level': client('INT64', (_a, r) => String(r.client?.level ?? 0)),
  'segments.date': { type: 'DATE', resource: 'segments', get: (r) => r.date },
  'metrics.impressions': metric('INT64', (m) => m.impressions),
  'metrics.clicks': metric('INT64', (m) => m.clicks),
  'metrics.cost_micros': metric('INT64', (m) => m.costMicros),
  'metrics.conversions': metric('DOUBLE', (m) => m.conversions),
};

/** Which resources' fields each FROM resource can select (attributed resources included). */
export const SELECTABLE: Readonly<Record<string, ReadonlySet<ResourceName>>> = {
  customer: new Set(['customer', 'segments', 'metrics']),
  campaign: new Set(['campaign', 'customer', 'segments', 'metrics']),
  customer_client: new Set(['customer_client', 'customer']),
};

/** `customer_client.descriptive_name` -> `customerClient.descriptiveName` (REST JSON names). */
export const jsonPath = (field: string): string[] =>
  field.split('.').map((part) => part.replace(/_([a-z])/g, (_m, ch: string) => ch.toUpperCase()));

/** A field's value as JSON: int64 as a decimal string, doubles as numbers. */
export function jsonValue(def: FieldDef, value: FieldValue): FieldValue {
  if (def.type === 'INT64') return String(value);
  return value;
}
