import {
  fetchPage,
  type HttpClient,
  type PaginationSpec,
  type RejectedRecord,
  type SyncOptions,
  type SyncRecord,
  type SyncResult,
} from '@tributary/core';
import { STRIPE_PAGE_SIZE, StripeList } from './api.js';
import { stripeCursor, type Page, type StripeCursor } from './cursor.js';
import { readEvents, startFull } from './events.js';
import { isRejected, STREAMS, streamByName, toRecord } from './streams/index.js';

/** Stripe list pagination: `limit` + `starting_after` = the last item's id, until `has_more` is false. */
export const STRIPE_PAGINATION: PaginationSpec = {
  style: 'cursor',
  itemsPath: 'data',
  cursorParam: 'starting_after',
  cursorPath: 'data.-1.id',
  hasMorePath: 'has_more',
  limitParam: 'limit',
  pageSize: STRIPE_PAGE_SIZE,
};

/**
 * One page of a Stripe sync. A first (or full) sync walks every stream's
 * list, then replays the events that arrived during the walk; incremental
 * syncs read `/v1/events` forward from the anchor.
 */
export async function syncPage(cursorText: string | null, options: SyncOptions<unknown>): Promise<SyncResult> {
  const cursor = stripeCursor.decode(cursorText) ?? (await startFull(options.http, options.now()));
  const page = cursor.phase === 'full' ? await fullPage(options.http, cursor) : await readEvents(options.http, cursor, options.now());
  return {
    records: page.records,
    rejected: page.rejected,
    cursor: stripeCursor.encode(page.next),
    hasMore: page.hasMore,
    syncedAt: options.now(),
    stats: { created: 0, updated: 0, errors: page.rejected.length },
  };
}

async function fullPage(http: HttpClient, cursor: Extract<StripeCursor, { phase: 'full' }>): Promise<Page> {
  const stream = streamByName(cursor.stream);
  if (!stream) throw new Error(`Unknown Stripe stream ${cursor.stream}`);
  const page = await fetchPage(http, STRIPE_PAGINATION, { path: stream.path, query: stream.query }, cursor.after, StripeList);
  const records: SyncRecord[] = [];
  const rejected: RejectedRecord[] = [];
  for (const item of page.items) {
    const r = toRecord(stream, item);
    if (isRejected(r)) rejected.push(r);
    else records.push(r);
  }
  if (page.next !== null) return { records, rejected, next: { ...cursor, after: page.next }, hasMore: true };
  const following = STREAMS[STREAMS.indexOf(stream) + 1];
  const next: StripeCursor = following
    ? { ...cursor, stream: following.name, after: null }
    : { v: 1, phase: 'events', anchor: cursor.anchor };
  // After the last stream the sync goes on to replay events from the anchor.
  return { records, rejected, next, hasMore: true };
}
