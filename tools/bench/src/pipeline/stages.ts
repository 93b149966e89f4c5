import type { SyncResult } from '@tributary/core';
import { forTenant, type Database } from '@tributary/db';
import { addToBatch, batchSize, emptyBatch, persistBatch, type CleanBatch, type SyncSession } from '@tributary/sync';

/** One write's worth of pages, as runSync groups them. */
export interface BatchToWrite {
  batch: CleanBatch;
  cursor: string | null;
  pages: number;
}

export const recordsIn = (pages: readonly SyncResult[]): number =>
  pages.reduce((n, p) => n + p.records.length + (p.rejected?.length ?? 0), 0);

/** Stage 1 alone: every page of a full sync through the connector (fetch, JSON, vendor schema, records). */
export async function readPages(session: SyncSession): Promise<SyncResult[]> {
  const pages: SyncResult[] = [];
  let cursor: string | null = null;
  for (;;) {
    const page = await session.connector.sync(session.credentials, cursor, session.options);
    pages.push(page);
    if (!page.hasMore) return pages;
    cursor = page.cursor;
  }
}

/** Stage 2 alone: mappings, canonical validation and dedupe, grouped into writes of about `limit` records like runSync. */
export function toBatches(session: SyncSession, pages: readonly SyncResult[], limit = 1_000): BatchToWrite[] {
  const batches: BatchToWrite[] = [];
  let batch = emptyBatch();
  let count = 0;
  pages.forEach((page, i) => {
    addToBatch(batch, page.records, page.rejected ?? [], session.streams, session.mappings);
    count++;
    if (i === pages.length - 1 || batchSize(batch) + batch.rejects.length >= limit) {
      batches.push({ batch, cursor: page.cursor, pages: count });
      batch = emptyBatch();
      count = 0;
    }
  });
  return batches;
}

/** Stage 3 alone: each batch written as runSync writes it (one transaction with dead letters, counts and cursor). */
export async function persistAll(
  db: Pick<Database, 'prisma' | 'sql'>,
  owner: { tenantId: string; connectorId: string },
  batches: readonly BatchToWrite[],
): Promise<{ created: number; updated: number; failed: number }> {
  const log = await forTenant(db.prisma, owner.tenantId).syncLogs.start(owner.connectorId, 'full', 'bench');
  const total = { created: 0, updated: 0, failed: 0 };
  for (const { batch, cursor, pages } of batches) {
    const result = await persistBatch(db.sql, { ...owner, syncLogId: log.id, batch, cursor, pages });
    total.created += result.created;
    total.updated += result.updated;
    total.failed += result.failed;
  }
  return total;
}
