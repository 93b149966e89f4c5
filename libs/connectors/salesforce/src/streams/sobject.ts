import { defineStream, type AnyStream, type ItemContext, type StreamContext } from '@tributary/core';
import type { z } from 'zod';
import { CurrencySetup } from '../currency.js';
import { detectCurrency } from '../lookups.js';
import { readSObject } from '../query.js';
import type { SalesforceSettings } from '../settings.js';

/** What deriving a record may need besides the row: the org's currencies and looked-up emails. */
export interface DeriveContext {
  currency: CurrencySetup | null;
  /** Account id -> the email of its oldest contact (deal contact fallback). */
  accountEmails: ReadonlyMap<string, string>;
}

/** One synced sObject: what to select and how a row becomes a record. */
export interface SObjectSpec<TRow> {
  name: string;
  entity: AnyStream['entity'];
  description: string;
  /** The sObject queried (`FROM ...`). */
  object: string;
  /** Fields selected besides Id, IsDeleted, CreatedDate and SystemModstamp. */
  fields: readonly string[];
  /** Fields that exist only in multi-currency orgs (selecting them elsewhere is `INVALID_FIELD`). */
  currencyFields?: readonly string[];
  /** Child-relationship subqueries, e.g. `(SELECT ... FROM OpportunityContactRoles)`. */
  subqueries?: readonly string[];
  schema: z.ZodType<TRow>;
  /** Lookups a page of rows shares (the fallback contact emails of a page of deals). */
  enrich?(rows: readonly unknown[], ctx: StreamContext<SalesforceSettings>): Promise<ReadonlyMap<string, string>>;
  /** Values the mappings read as `$.name`: conversions and lookups. */
  derive?(row: TRow, context: DeriveContext): Record<string, unknown>;
}

export { COMMON_FIELDS } from '../soql.js';

/** The org's currency setup (the run memo of streams with currency fields) and the page's lookups. */
export function deriveContext(context: ItemContext): DeriveContext {
  const currency = CurrencySetup.safeParse(context.memo);
  return { currency: currency.success ? currency.data : null, accountEmails: context.page instanceof Map ? context.page : new Map() };
}

/**
 * An sObject as a declared stream: read through SOQL on `queryAll` by
 * `SystemModstamp` (an `updatedSince` watermark re-reading the configured
 * overlap, since stamps have one-second precision and commit late), query
 * locators as page tokens (an expired one restarts the query from the
 * newest stamp seen), `IsDeleted` rows as tombstones.
 *
 * @example
 * export const contacts = sobjectStream({ name: 'contacts', entity: 'person', object: 'Contact', fields: ['Email'], schema, description });
 */
export function sobjectStream<TRow>(spec: SObjectSpec<TRow>): AnyStream {
  return defineStream<TRow, SalesforceSettings>({
    name: spec.name,
    entity: spec.entity,
    description: spec.description,
    primaryKey: 'Id',
    label: spec.object,
    schema: spec.schema,
    incremental: { type: 'updatedSince', cursorField: 'SystemModstamp', overlapMs: (ctx) => ctx.settings.overlapMinutes * 60_000 },
    read: (window, ctx) => readSObject(spec, window, ctx),
    restartOn: (error) => error.vendorCode === 'INVALID_QUERY_LOCATOR',
    isDeleted: (raw) => raw['IsDeleted'] === true && typeof raw['Id'] === 'string',
    ...(spec.currencyFields ? { prepare: (ctx: StreamContext<SalesforceSettings>) => detectCurrency(ctx.http) } : {}),
    ...(spec.enrich ? { enrich: spec.enrich } : {}),
    ...(spec.derive ? { derive: (row: TRow, context: ItemContext) => spec.derive?.(row, deriveContext(context)) ?? {} } : {}),
  });
}
