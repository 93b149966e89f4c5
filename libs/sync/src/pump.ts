import type { SyncResult } from '@tributary/core';
import { addToBatch, batchLoad, emptyBatch, type CleanBatch } from './quality.js';
import type { SyncSession } from './session.js';

export interface PumpOptions {
  /** Records per write transaction: pages are grouped until a batch holds this many. */
  writeRecords: number;
  /** Stop after the page that brings the records read to this many (unset: read to the end). */
  maxRecords?: number;
  /** Stop after the current page (at least one page is read; what was read is still written). */
  signal?: AbortSignal;
  /** Called after every page is read and transformed (Temporal activities heartbeat here). */
  onPage?: (progress: { pages: number; records: number }) => void;
}

/** Writes one batch with its checkpoint (the cursor after its last page); never called concurrently. */
export type WriteBatch = (batch: CleanBatch, cursor: string | null, pages: number) => Promise<void>;

/** Where reading stopped: the cursor of the last page (all written), whether the source has more. */
export interface PumpResult {
  cursor: string | null;
  hasMore: boolean;
  pages: number;
}

/** What a page adds towards `maxRecords`: known before it is transformed, so the next fetch is never wasted. */
export function pageLoad(page: Pick<SyncResult, 'records' | 'rejected' | 'reconcile'>): number {
  return page.records.length + (page.rejected?.length ?? 0) + (page.reconcile ?? []).reduce((n, r) => n + r.ids.length, 0);
}

/**
 * Read pages from `start` and write them in batches, with the stages
 * overlapped: the next page is fetched while the current one is
 * transformed, and a batch is written while the next one is read. At most
 * one write is in flight and writes happen in page order, so every
 * checkpoint is exact: after a failure the last written cursor is where a
 * retry resumes. No write is left running when it returns or throws. A
 * cancel (`signal`) after the first page stops reading: the page in flight
 * is dropped and the pages read are written.
 * Shared by runSync (the whole sync) and syncBatch (one Temporal activity).
 */
export async function pumpPages(session: SyncSession, start: string | null, options: PumpOptions, write: WriteBatch): Promise<PumpResult> {
  const { connector, credentials } = session;
  const max = options.maxRecords ?? Number.POSITIVE_INFINITY;
  const fetchPage = (cursor: string | null) => quiet(connector.sync(credentials, cursor, session.options));
  const writer = serialWriter(write);
  try {
    let next = fetchPage(start);
    let batch: CleanBatch = emptyBatch();
    let batchPages = 0;
    let pages = 0;
    let read = 0;
    let last = start;
    for (;;) {
      const page = await cut(next, pages > 0 ? options.signal : undefined);
      if (page === CANCELLED) {
        // Cancelled while the page ahead loaded: it is dropped (read again next time), what was read is written.
        if (batchPages > 0) await writer.flush(batch, last, batchPages);
        await writer.done();
        return { cursor: last, hasMore: true, pages };
      }
      pages++;
      read += pageLoad(page);
      last = page.cursor;
      const stop = !page.hasMore || read >= max || options.signal?.aborted === true;
      if (!stop) next = fetchPage(page.cursor);
      addToBatch(batch, page.records, page.rejected ?? [], session.streams, session.mappings, page.complete, page.reconcile);
      batchPages++;
      options.onPage?.({ pages, records: read });
      if (stop || batchLoad(batch) >= options.writeRecords) {
        await writer.flush(batch, page.cursor, batchPages);
        batch = emptyBatch();
        batchPages = 0;
      }
      if (stop) {
        await writer.done();
        return { cursor: page.cursor, hasMore: page.hasMore, pages };
      }
    }
  } finally {
    await writer.settled();
  }
}

/** Writes one at a time, in order: `flush` waits for the previous write, then starts this one. */
function serialWriter(write: WriteBatch) {
  let writing: Promise<void> = Promise.resolve();
  return {
    async flush(batch: CleanBatch, cursor: string | null, pages: number): Promise<void> {
      await writing;
      writing = quiet(write(batch, cursor, pages));
    },
    /** The last write, failing if it failed. */
    done: (): Promise<void> => writing,
    /** Never leave a write running behind a failure: the checkpoint must be final before a retry. */
    settled: (): Promise<void> => writing.catch(() => undefined),
  };
}

const CANCELLED = Symbol('cancelled');

/** The page, or CANCELLED when `signal` is aborted by the time it settles (whether it loaded or failed). */
async function cut<T>(page: Promise<T>, signal: AbortSignal | undefined): Promise<T | typeof CANCELLED> {
  try {
    const value = await page;
    return signal?.aborted ? CANCELLED : value;
  } catch (error) {
    if (signal?.aborted) return CANCELLED;
    throw error;
  }
}

/** A promise whose rejection is handled where it is awaited, not reported as unhandled meanwhile. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
