import type { PaginationSpec } from '@tributary/core';
import { soqlDateTime } from './api.js';
import type { ActiveQuery } from './cursor.js';
import { COMMON_FIELDS, type SalesforceStream } from './streams/stream.js';

/** Query results page through `nextRecordsUrl`, fetched as is until `done` (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_query.htm). */
export const SALESFORCE_PAGINATION: PaginationSpec = { style: 'next_url', itemsPath: 'records', nextUrlPath: 'nextRecordsUrl' };

/**
 * The SOQL for one object's query, ordered by `SystemModstamp` (then `Id`,
 * so equal stamps page in a stable order):
 * - first read (no watermark): every live row (`IsDeleted = false`);
 * - incremental: rows changed after the watermark, deleted ones included
 *   (sent to `queryAll`, they come back as `IsDeleted = true`);
 * - restart after an expired locator: from the newest stamp already seen,
 *   inclusive, so rows sharing that stamp are not lost (re-reading a row is harmless).
 *
 * @example
 * streamQuery(contacts, { stream: 'contacts', since: '2025-01-01T00:00:00.000+0000', seen: null, next: null, session: null, currency: null })
 * // 'SELECT Id, IsDeleted, CreatedDate, SystemModstamp, FirstName, ... FROM Contact WHERE SystemModstamp > 2025-01-01T00:00:00.000Z ORDER BY SystemModstamp ASC, Id ASC'
 */
export function streamQuery(stream: SalesforceStream, active: ActiveQuery): string {
  const select = [
    ...COMMON_FIELDS,
    ...stream.fields,
    ...(active.currency?.multi ? (stream.currencyFields ?? []) : []),
    ...(stream.subqueries ?? []),
  ];
  const where: string[] = [];
  if (active.seen !== null) where.push(`SystemModstamp >= ${soqlDateTime(active.seen)}`);
  else if (active.since !== null) where.push(`SystemModstamp > ${soqlDateTime(active.since)}`);
  if (active.since === null) where.push('IsDeleted = false');
  const filter = where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '';
  return `SELECT ${select.join(', ')} FROM ${stream.object}${filter} ORDER BY SystemModstamp ASC, Id ASC`;
}

/**
 * The later of two SystemModstamps (either may be null).
 *
 * @example
 * newestStamp('2025-01-01T00:00:00.000+0000', null) // '2025-01-01T00:00:00.000+0000'
 */
export function newestStamp(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}
