import { createHash } from 'node:crypto';
import { fetchPage, isConnectorError, type HttpClient, type Logger } from '@tributary/core';
import { dataPath, SalesforceQueryResult } from './api.js';
import type { ActiveQuery } from './cursor.js';
import { SALESFORCE_PAGINATION, streamQuery } from './soql.js';
import type { SalesforceStream } from './streams/stream.js';

/** One batch of a query and the locator of the next (null when `done`). */
export interface Batch {
  items: unknown[];
  next: string | null;
}

/**
 * A short fingerprint of the access token, stored beside a query locator:
 * a locator belongs to the session that opened it, so after a token
 * refresh the query is restarted rather than continued. Not reversible.
 *
 * @example
 * sessionFingerprint('00D...!AQ0...') // 'b1946ac92492'
 */
export function sessionFingerprint(accessToken: string): string {
  return createHash('sha256').update(accessToken).digest('hex').slice(0, 12);
}

/**
 * The next batch of an object's query: continue from the stored
 * `nextRecordsUrl` when it belongs to this session; otherwise, or when
 * Salesforce says the locator expired (`INVALID_QUERY_LOCATOR`, cursors
 * live about two days), run the query again from the newest stamp seen.
 * Always `queryAll`, so deleted rows (and archived tasks and events) come
 * back (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_queryall.htm).
 */
export async function readBatch(
  http: HttpClient,
  stream: SalesforceStream,
  active: ActiveQuery,
  session: string,
  logger: Logger,
): Promise<Batch> {
  if (active.next !== null && active.session === session) {
    try {
      return await fetchBatch(http, stream, active, active.next);
    } catch (error) {
      if (!(isConnectorError(error) && error.vendorCode === 'INVALID_QUERY_LOCATOR')) throw error;
      logger.warn(
        { object: stream.object, seen: active.seen },
        'Salesforce query locator expired; restarting the query from the last SystemModstamp',
      );
    }
  } else if (active.next !== null) {
    logger.info(
      { object: stream.object },
      'Salesforce session changed since the query started; restarting it from the last SystemModstamp',
    );
  }
  return fetchBatch(http, stream, active, null);
}

async function fetchBatch(http: HttpClient, stream: SalesforceStream, active: ActiveQuery, locator: string | null): Promise<Batch> {
  const request = { path: dataPath('queryAll'), query: { q: streamQuery(stream, active) } };
  const page = await fetchPage(http, SALESFORCE_PAGINATION, request, locator, SalesforceQueryResult);
  return { items: page.items, next: page.body.done ? null : page.next };
}
