import { ConnectorError, redactText, toConnectorError, type SyncMode } from '@tributary/core';
import { forTenant } from '@tributary/db';
import { BatchConflictError, SyncNotRunningError } from './errors.js';
import { persistBatch } from './persist.js';
import { addToBatch, batchSize, emptyBatch } from './quality.js';
import { withFreshSession } from './auth-retry.js';
import { openSession, type SyncDeps } from './session.js';

export interface SyncBatchInput {
  syncLogId: string;
  mode: SyncMode;
  /** Where the run started (from {@link beginSync}); once a batch of this run is stored, its checkpoint wins. */
  cursor: string | null;
  /** Records per batch (pages are fetched until it is reached; default 1,000). */
  batchRecords?: number;
  /** Stop fetching after the current page (the pages fetched so far are still written). */
  signal?: AbortSignal;
  /** Called after every page is fetched (Temporal activities heartbeat here). */
  onPage?: (progress: { pages: number; records: number }) => void;
}

/** What one batch did: counts and the checkpoint only, never records (it crosses Temporal). */
export interface SyncBatchResult {
  cursor: string | null;
  hasMore: boolean;
  created: number;
  updated: number;
  failed: number;
  pages: number;
  /** The batch could not be written and went whole to dead letters. */
  deadLettered: boolean;
}

/**
 * One step of a sync, safe to retry: open a session, fetch pages from the
 * run's checkpoint until `batchRecords` (or the end), then transform,
 * clean and persist them with the checkpoint in one transaction. A retry
 * after a batch was stored resumes after it; a write that lost a race with
 * another attempt stores nothing ({@link BatchConflictError}). Errors are
 * connector errors with secrets redacted.
 *
 * @example
 * let step = await syncBatch(deps, tenantId, connectorId, { syncLogId, mode: 'full', cursor: null });
 * while (step.hasMore) step = await syncBatch(deps, tenantId, connectorId, { syncLogId, mode: 'full', cursor: step.cursor });
 */
export async function syncBatch(deps: SyncDeps, tenantId: string, connectorId: string, input: SyncBatchInput): Promise<SyncBatchResult> {
  const log = await forTenant(deps.db.prisma, tenantId).syncLogs.get(input.syncLogId);
  if (!log || log.status !== 'running') throw new SyncNotRunningError(input.syncLogId);
  let secrets: readonly string[] = [];
  try {
    return await withFreshSession(
      deps,
      tenantId,
      connectorId,
      () => openSession(deps, tenantId, connectorId, input.mode, input.signal),
      async (session) => {
        secrets = session.secrets;
        const limit = input.batchRecords ?? 1_000;
        const batch = emptyBatch();
        let cursor = log.pages > 0 ? session.row.lastSyncCursor : input.cursor;
        let pages = 0;
        let hasMore = true;
        while (hasMore && batchSize(batch) + batch.rejects.length < limit && !(pages > 0 && input.signal?.aborted)) {
          const page = await session.connector.sync(session.credentials, cursor, session.options);
          addToBatch(batch, page.records, page.rejected ?? [], session.streams, session.mappings, page.complete);
          pages++;
          cursor = page.cursor;
          hasMore = page.hasMore;
          input.onPage?.({ pages, records: batchSize(batch) + batch.rejects.length });
        }
        const written = await persistBatch(
          deps.db.sql,
          { tenantId, connectorId, syncLogId: input.syncLogId, batch, cursor, pages, expectPages: log.pages },
          { logger: session.options.logger },
        );
        return { cursor, hasMore, pages, ...written };
      },
    );
  } catch (thrown) {
    if (thrown instanceof SyncNotRunningError || thrown instanceof BatchConflictError) throw thrown;
    throw redacted(toConnectorError(thrown), secrets);
  }
}

function redacted(error: ConnectorError, secrets: readonly string[]): ConnectorError {
  const message = redactText(error.message, secrets);
  if (message === error.message) return error;
  return new ConnectorError(error.kind, message, {
    retryable: error.retryable,
    ...(error.status !== undefined ? { status: error.status } : {}),
    ...(error.vendorCode !== undefined ? { vendorCode: error.vendorCode } : {}),
    ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}),
  });
}
