import type { PaginationSpec } from '@tributary/core';
import { soqlDateTime } from './api.js';
import type { CurrencySetup } from './currency.js';
import { COMMON_FIELDS, type SObjectShape } from './shape.js';

/** Query results page through `nextRecordsUrl`, fetched as is until `done` (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_query.htm). */
export const SALESFORCE_PAGINATION: PaginationSpec = { style: 'next_url', itemsPath: 'records', nextUrlPath: 'nextRecordsUrl' };

/** What one query of an object asks for. */
export interface QueryWindow {
  /** Rows changed at or after this stamp (null: every row). */
  since: string | null;
  /** The object's first read: only live rows are needed (no watermark to catch deletes against). */
  initial: boolean;
  currency: CurrencySetup | null;
  /** The fields the user can read (from describe); null or absent: every declared field. */
  fields?: readonly string[] | null;
  /** Fields of other objects the user cannot read (`Contact.Email`): subqueries reading one are left out. */
  hidden?: readonly string[];
}

function selected(spec: SObjectShape, window: QueryWindow): string[] {
  const fields = window.fields ?? [...spec.fields, ...(window.currency?.multi ? (spec.currencyFields ?? []) : [])];
  const hidden = new Set(window.hidden ?? []);
  const subqueries = (spec.subqueries ?? []).filter((q) => !q.reads.some((field) => hidden.has(field))).map((q) => q.soql);
  return [...COMMON_FIELDS, ...fields, ...subqueries];
}

/**
 * The SOQL for one object's query, ordered by `SystemModstamp` (then `Id`,
 * so equal stamps page in a stable order): rows changed at or after
 * `since` (inclusive: re-reading a row is harmless, losing one is not),
 * deleted ones included except on the first read (sent to `queryAll`, they
 * come back as `IsDeleted = true`). Only fields the user can read are
 * selected: naming a hidden one fails the whole query.
 *
 * @example
 * streamQuery(contacts, { since: '2025-01-01T00:00:00.000Z', initial: false, currency: null })
 * // 'SELECT Id, IsDeleted, CreatedDate, SystemModstamp, FirstName, ... FROM Contact WHERE SystemModstamp >= 2025-01-01T00:00:00.000Z ORDER BY SystemModstamp ASC, Id ASC'
 */
export function streamQuery(spec: SObjectShape, window: QueryWindow): string {
  const where: string[] = [];
  if (window.since !== null) where.push(`SystemModstamp >= ${soqlDateTime(window.since)}`);
  if (window.initial) where.push('IsDeleted = false');
  const filter = where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '';
  return `SELECT ${selected(spec, window).join(', ')} FROM ${spec.object}${filter} ORDER BY SystemModstamp ASC, Id ASC`;
}
