import type { EntityType } from '@tributary/core';

export type ColumnType = 'text' | 'bigint' | 'integer' | 'float8' | 'timestamptz' | 'date' | 'jsonb';

export interface ColumnSpec {
  /** Canonical field name (core's zod schema). */
  field: string;
  column: string;
  type: ColumnType;
}

export interface TableSpec {
  table: string;
  columns: readonly ColumnSpec[];
}

const col = (field: string, column: string, type: ColumnType): ColumnSpec => ({ field, column, type });

/**
 * Where each canonical entity is stored. Besides these columns every table
 * has tenant_id, connector_id, raw, deleted_at, created_at and updated_at.
 * A test checks every canonical field has a column here and in Prisma.
 */
export const CANONICAL_TABLES: Record<EntityType, TableSpec> = {
  person: {
    table: 'people',
    columns: [
      col('externalId', 'external_id', 'text'),
      col('email', 'email', 'text'),
      col('firstName', 'first_name', 'text'),
      col('lastName', 'last_name', 'text'),
      col('title', 'title', 'text'),
      col('phone', 'phone', 'text'),
      col('accountExternalId', 'account_external_id', 'text'),
      col('kind', 'kind', 'text'),
    ],
  },
  account: {
    table: 'accounts',
    columns: [
      col('externalId', 'external_id', 'text'),
      col('name', 'name', 'text'),
      col('domain', 'domain', 'text'),
      col('industry', 'industry', 'text'),
      col('employeeCount', 'employee_count', 'integer'),
      col('annualRevenue', 'annual_revenue', 'float8'),
    ],
  },
  activity: {
    table: 'activities',
    columns: [
      col('externalId', 'external_id', 'text'),
      col('type', 'type', 'text'),
      col('channel', 'channel', 'text'),
      col('occurredAt', 'occurred_at', 'timestamptz'),
      col('personExternalId', 'person_external_id', 'text'),
      col('accountExternalId', 'account_external_id', 'text'),
      col('properties', 'properties', 'jsonb'),
    ],
  },
  deal: {
    table: 'deals',
    columns: [
      col('externalId', 'external_id', 'text'),
      col('name', 'name', 'text'),
      col('amount', 'amount', 'bigint'),
      col('currency', 'currency', 'text'),
      col('stage', 'stage', 'text'),
      col('status', 'status', 'text'),
      col('closeDate', 'close_date', 'date'),
      col('contactEmail', 'contact_email', 'text'),
      col('accountExternalId', 'account_external_id', 'text'),
      col('properties', 'properties', 'jsonb'),
    ],
  },
  charge: {
    table: 'charges',
    columns: [
      col('externalId', 'external_id', 'text'),
      col('amount', 'amount', 'bigint'),
      col('currency', 'currency', 'text'),
      col('status', 'status', 'text'),
      col('amountRefunded', 'amount_refunded', 'bigint'),
      col('customerEmail', 'customer_email', 'text'),
      col('customerExternalId', 'customer_external_id', 'text'),
      col('description', 'description', 'text'),
      col('occurredAt', 'occurred_at', 'timestamptz'),
    ],
  },
  channel_metric: {
    table: 'channel_metrics',
    columns: [
      col('externalId', 'external_id', 'text'),
      col('date', 'date', 'date'),
      col('channel', 'channel', 'text'),
      col('accountExternalId', 'account_external_id', 'text'),
      col('campaignId', 'campaign_id', 'text'),
      col('campaign', 'campaign', 'text'),
      col('impressions', 'impressions', 'bigint'),
      col('clicks', 'clicks', 'bigint'),
      col('visitors', 'visitors', 'bigint'),
      col('leads', 'leads', 'bigint'),
      col('conversions', 'conversions', 'float8'),
      col('cost', 'cost', 'bigint'),
      col('currency', 'currency', 'text'),
    ],
  },
};
