import { defineStream, type AnyStream, type ItemContext, type Json, type StreamContext } from '@tributary/core';
import type { z } from 'zod';
import type { CurrencySetup } from '../currency.js';
import { fieldAccess } from '../fields.js';
import { detectCurrency } from '../lookups.js';
import { memoOf } from '../memo.js';
import { readSObject } from '../query.js';
import { reconcileSpec } from '../reconcile.js';
import type { SalesforceSettings } from '../settings.js';
import type { SObjectShape } from '../shape.js';

export { COMMON_FIELDS, type SObjectShape, type SubQuery } from '../shape.js';

/** What deriving a record may need besides the row: the org's currencies and looked-up emails. */
export interface DeriveContext {
  currency: CurrencySetup | null;
  /** Account id -> the email of its oldest contact (deal contact fallback). */
  accountEmails: ReadonlyMap<string, string>;
}

/** One synced sObject: what to select and how a row becomes a record. */
export interface SObjectSpec<TRow> extends SObjectShape {
  name: string;
  entity: AnyStream['entity'];
  description: string;
  /** Every id of the object starts with it (`003` for Contact): bounds its ids when stored rows are reconciled. */
  keyPrefix: string;
  /** Canonical fields `derive` and `enrich` fill from a field (`Website` -> `domain`, `Contact.Email` -> `contactEmail`), for health. */
  feeds?: Readonly<Record<string, readonly string[]>>;
  schema: z.ZodType<TRow>;
  /** Lookups a page of rows shares (the fallback contact emails of a page of deals). */
  enrich?(rows: readonly unknown[], ctx: StreamContext<SalesforceSettings>): Promise<ReadonlyMap<string, string>>;
  /** Values the mappings read as `$.name`: conversions and lookups. */
  derive?(row: TRow, context: DeriveContext): Record<string, unknown>;
}

/** The org's currency setup (from the run memo) and the page's lookups. */
export function deriveContext(context: ItemContext): DeriveContext {
  return { currency: memoOf(context.memo).currency, accountEmails: context.page instanceof Map ? context.page : new Map() };
}

/**
 * Once per run, before the first page: describe the object (the fields the
 * user can read; field-level security hides the others, and selecting one
 * would fail the whole query with `INVALID_FIELD`) and, for streams with
 * money, the org's currency setup.
 */
export async function prepareSObject(spec: SObjectShape, ctx: StreamContext<SalesforceSettings>): Promise<Json> {
  const access = await fieldAccess(ctx.http, spec);
  const currency = spec.currencyFields ? await detectCurrency(ctx.http) : null;
  if (access.hidden.length > 0) {
    ctx.logger.warn(
      { object: spec.object, hidden: access.hidden },
      'Salesforce hides fields from the integration user; they are stored empty',
    );
  }
  return { fields: access.fields, hidden: access.hidden, currency };
}

/**
 * An sObject as a declared stream: described once per run, read through
 * SOQL on `queryAll` by `SystemModstamp` (an `updatedSince` watermark
 * re-reading the configured overlap, since stamps have one-second precision
 * and commit late), query locators as page tokens (an expired one restarts
 * the query from the newest stamp seen), `IsDeleted` rows as tombstones,
 * and, when the Recycle Bin purged deletions not yet read, a reconcile of
 * the stored rows against the ids Salesforce still holds.
 *
 * @example
 * export const contacts = sobjectStream({ name: 'contacts', entity: 'person', object: 'Contact', keyPrefix: '003', fields: ['Email'], schema, description });
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
    prepare: (ctx) => prepareSObject(spec, ctx),
    read: (window, ctx) => readSObject(spec, window, ctx),
    restartOn: (error) => error.vendorCode === 'INVALID_QUERY_LOCATOR',
    reconcile: reconcileSpec(spec),
    isDeleted: (raw) => raw['IsDeleted'] === true && typeof raw['Id'] === 'string',
    ...(spec.enrich ? { enrich: spec.enrich } : {}),
    ...(spec.derive ? { derive: (row: TRow, context: ItemContext) => spec.derive?.(row, deriveContext(context)) ?? {} } : {}),
  });
}
