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
 * retry resumes. No write is left running when it returns or throws.
 * Shared by runSync (the whole sync) and syncBatch (one Temporal activity).
 */
export async function pumpPages(session: SyncSession, start: string | null, options: PumpOptions, write: WriteBatch): Promise<PumpResult> {
  const { connector, credentials } = session;
  const max = options.maxRecords ?? Number.POSITIVE_INFINITY;
  const fetchPage = (cursor: string | null) => quiet(connector.sync(credentials, cursor, session.options));
  let writing: Promise<void> = Promise.resolve();
  try {
    let next = fetchPage(start);
    let batch: CleanBatch = emptyBatch();
    let batchPages = 0;
    let pages = 0;
    let read = 0;
    for (;;) {
      const page = await next;
      pages++;
      read += pageLoad(page);
      const stop = !page.hasMore || read >= max || options.signal?.aborted === true;
      if (!stop) next = fetchPage(page.cursor);
      addToBatch(batch, page.records, page.rejected ?? [], session.streams, session.mappings, page.complete, page.reconcile);
      batchPages++;
      options.onPage?.({ pages, records: read });
      if (stop || batchLoad(batch) >= options.writeRecords) {
        await writing;
        writing = quiet(write(batch, page.cursor, batchPages));
        batch = emptyBatch();
        batchPages = 0;
      }
      if (stop) {
        await writing;
        return { cursor: page.cursor, hasMore: page.hasMore, pages };
      }
    }
  } finally {
    // Never leave a write running behind a failure: the checkpoint must be final before a retry.
    await writing.catch(() => undefined);
  }
}

/** A promise whose rejection is handled where it is awaited, not reported as unhandled meanwhile. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
