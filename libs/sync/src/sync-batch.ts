import { ConnectorError, redactText, toConnectorError, type SyncMode } from '@tributary/core';
import { forTenant, type ConnectorRow, type SyncLogRow } from '@tributary/db';
import { BatchConflictError, SyncNotRunningError } from './errors.js';
import { persistBatch } from './persist.js';
import { addToBatch, batchLoad, batchSize, emptyBatch } from './quality.js';
import { withFreshSession } from './auth-retry.js';
import { openSession, type SyncDeps } from './session.js';

export interface SyncBatchInput {
  syncLogId: string;
  mode: SyncMode;
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
 * Where the next batch of a run starts. The database is the only place the
 * cursor lives: after a stored batch of the run, the connector's
 * checkpoint; before one, where the run began (the checkpoint for an
 * incremental sync, nothing for a full one).
 */
export function batchStartCursor(log: Pick<SyncLogRow, 'pages' | 'syncType'>, row: Pick<ConnectorRow, 'lastSyncCursor'>): string | null {
  return log.pages > 0 || log.syncType === 'incremental' ? row.lastSyncCursor : null;
}

/**
 * One step of a sync, safe to retry: open a session, fetch pages from the
 * run's checkpoint in the database ({@link batchStartCursor}) until
 * `batchRecords` (or the end), then transform, clean and persist them with
 * the checkpoint in one transaction. A retry after a batch was stored
 * resumes after it; a write that lost a race with another attempt stores
 * nothing ({@link BatchConflictError}). Errors are connector errors with
 * secrets redacted.
 *
 * @example
 * let step = await syncBatch(deps, tenantId, connectorId, { syncLogId, mode: 'full' });
 * while (step.hasMore) step = await syncBatch(deps, tenantId, connectorId, { syncLogId, mode: 'full' });
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
        let cursor = batchStartCursor(log, session.row);
        let pages = 0;
        let hasMore = true;
        while (hasMore && batchLoad(batch) < limit && !(pages > 0 && input.signal?.aborted)) {
          const page = await session.connector.sync(session.credentials, cursor, session.options);
          addToBatch(batch, page.records, page.rejected ?? [], session.streams, session.mappings, page.complete, page.reconcile);
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
