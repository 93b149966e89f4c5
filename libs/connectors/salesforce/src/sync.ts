import type { HttpClient, Logger, RejectedRecord, SyncOptions, SyncRecord, SyncResult } from '@tributary/core';
import { initialCursor, salesforceCursor, startQuery, type ActiveQuery, type Page, type SalesforceCursor } from './cursor.js';
import { detectCurrency, fallbackContactEmails } from './lookups.js';
import { readBatch, sessionFingerprint } from './query.js';
import { newestStamp } from './soql.js';
import { isRejected, nextStream, STREAMS, streamByName, toRecord, type DeriveContext, type SalesforceStream } from './streams/index.js';

/** What a sync needs from the credentials. */
export interface SyncCredentials {
  accessToken: string;
}

/**
 * One page of a Salesforce sync: the next batch of the object being read.
 * A round reads Account, Contact, Lead, Opportunity, Task and Event in turn,
 * each from its own `SystemModstamp` watermark (a first sync reads every
 * live row); the sync ends after Event, and the next one starts a new round.
 */
export async function syncPage(
  credentials: SyncCredentials,
  cursorText: string | null,
  options: SyncOptions<unknown>,
): Promise<SyncResult> {
  const cursor = salesforceCursor.decode(cursorText) ?? initialCursor();
  const active = cursor.active ?? startQuery(cursor.watermarks, STREAMS[0]?.name ?? 'accounts');
  const page = await readPage(options.http, cursor, active, sessionFingerprint(credentials.accessToken), options.logger);
  return {
    records: page.records,
    rejected: page.rejected,
    cursor: salesforceCursor.encode(page.next),
    hasMore: page.hasMore,
    syncedAt: options.now(),
    stats: { created: 0, updated: 0, errors: page.rejected.length },
  };
}

async function readPage(http: HttpClient, cursor: SalesforceCursor, start: ActiveQuery, session: string, logger: Logger): Promise<Page> {
  const stream = streamByName(start.stream);
  // The currency setup decides which fields the Opportunity query may select: found once per query.
  const active = stream.currencyFields && start.currency === null ? { ...start, currency: await detectCurrency(http) } : start;
  const batch = await readBatch(http, stream, active, session, logger);
  const { records, rejected } = await toRecords(http, stream, batch.items, active);
  const seen = newestStamp(active.seen, newestIn(batch.items));
  if (batch.next !== null) {
    return { records, rejected, next: { ...cursor, active: { ...active, seen, next: batch.next, session } }, hasMore: true };
  }
  const watermarks = { ...cursor.watermarks, [stream.name]: newestStamp(active.since, seen) };
  const following = nextStream(stream.name);
  const next: SalesforceCursor = { v: 1, watermarks, active: following ? startQuery(watermarks, following.name) : null };
  return { records, rejected, next, hasMore: following !== undefined };
}

async function toRecords(
  http: HttpClient,
  stream: SalesforceStream,
  items: readonly unknown[],
  active: ActiveQuery,
): Promise<{ records: SyncRecord[]; rejected: RejectedRecord[] }> {
  const context: DeriveContext = {
    currency: active.currency,
    accountEmails: stream.name === 'opportunities' ? await fallbackContactEmails(http, items) : new Map(),
  };
  const records: SyncRecord[] = [];
  const rejected: RejectedRecord[] = [];
  for (const item of items) {
    const r = toRecord(stream, item, context);
    if (isRejected(r)) rejected.push(r);
    else records.push(r);
  }
  return { records, rejected };
}

/** The newest `SystemModstamp` among query rows (rows come ordered by it, but a malformed row may not have one). */
function newestIn(items: readonly unknown[]): string | null {
  let newest: string | null = null;
  for (const item of items) {
    const stamp = item && typeof item === 'object' ? (item as Record<string, unknown>)['SystemModstamp'] : undefined;
    if (typeof stamp === 'string' && !Number.isNaN(Date.parse(stamp))) newest = newestStamp(newest, stamp);
  }
  return newest;
}
