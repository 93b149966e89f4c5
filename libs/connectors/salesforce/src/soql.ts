import type { PaginationSpec } from '@tributary/core';
import { soqlDateTime } from './api.js';
import type { CurrencySetup } from './currency.js';
import type { SObjectSpec } from './streams/sobject.js';

/** Fields every query selects: the id, the tombstone flag and the two timestamps. */
export const COMMON_FIELDS = ['Id', 'IsDeleted', 'CreatedDate', 'SystemModstamp'] as const;

/** Query results page through `nextRecordsUrl`, fetched as is until `done` (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_query.htm). */
export const SALESFORCE_PAGINATION: PaginationSpec = { style: 'next_url', itemsPath: 'records', nextUrlPath: 'nextRecordsUrl' };

/** What one query of an object asks for. */
export interface QueryWindow {
  /** Rows changed at or after this stamp (null: every row). */
  since: string | null;
  /** The object's first read: only live rows are needed (no watermark to catch deletes against). */
  initial: boolean;
  currency: CurrencySetup | null;
}

/**
 * The SOQL for one object's query, ordered by `SystemModstamp` (then `Id`,
 * so equal stamps page in a stable order): rows changed at or after
 * `since` (inclusive: re-reading a row is harmless, losing one is not),
 * deleted ones included except on the first read (sent to `queryAll`, they
 * come back as `IsDeleted = true`).
 *
 * @example
 * streamQuery(contacts, { since: '2025-01-01T00:00:00.000Z', initial: false, currency: null })
 * // 'SELECT Id, IsDeleted, CreatedDate, SystemModstamp, FirstName, ... FROM Contact WHERE SystemModstamp >= 2025-01-01T00:00:00.000Z ORDER BY SystemModstamp ASC, Id ASC'
 */
export function streamQuery<TRow>(spec: SObjectSpec<TRow>, window: QueryWindow): string {
  const select = [
    ...COMMON_FIELDS,
    ...spec.fields,
    ...(window.currency?.multi ? (spec.currencyFields ?? []) : []),
    ...(spec.subqueries ?? []),
  ];
  const where: string[] = [];
  if (window.since !== null) where.push(`SystemModstamp >= ${soqlDateTime(window.since)}`);
  if (window.initial) where.push('IsDeleted = false');
  const filter = where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '';
  return `SELECT ${select.join(', ')} FROM ${spec.object}${filter} ORDER BY SystemModstamp ASC, Id ASC`;
}
