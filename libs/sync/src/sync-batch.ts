import { ConnectorError, redactText, toConnectorError, type SyncMode } from '@tributary/core';
import { forTenant, type ConnectorRow, type SyncLogRow } from '@tributary/db';
import { BatchConflictError, SyncNotRunningError } from './errors.js';
import { persistBatch } from './persist.js';
import { pumpPages, type PumpOptions } from './pump.js';
import { withFreshSession } from './auth-retry.js';
import { openSession, type SyncDeps } from './session.js';

export interface SyncBatchInput {
  syncLogId: string;
  mode: SyncMode;
  /** Records this step reads (pages are fetched until it is reached; default 1,000). */
  batchRecords?: number;
  /**
   * Records per write transaction within the step (default 1,000, at most
   * `batchRecords`): each write stores its checkpoint, so a large step that
   * fails resumes after its last write, not from its start.
   */
  writeRecords?: number;
  /** Stop fetching after the current page (the pages fetched so far are still written). */
  signal?: AbortSignal;
  /** Called after every page is read (Temporal activities heartbeat here). */
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

/** What a step has stored so far, and the checkpoint of its last write. */
type Stored = Omit<SyncBatchResult, 'hasMore'>;

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
 * One step of a sync, safe to retry: open a session, read pages from the
 * run's checkpoint in the database ({@link batchStartCursor}) until
 * `batchRecords` (or the end), transform, clean and persist them in writes
 * of `writeRecords`, each with its checkpoint in one transaction. Reading,
 * transforming and writing overlap as in runSync ({@link pumpPages}). A
 * retry after a write was stored resumes after it; a write that lost a
 * race with another attempt stores nothing ({@link BatchConflictError}).
 * Errors are connector errors with secrets redacted.
 *
 * @example
 * let step = await syncBatch(deps, tenantId, connectorId, { syncLogId, mode: 'full' });
 * while (step.hasMore) step = await syncBatch(deps, tenantId, connectorId, { syncLogId, mode: 'full' });
 */
export async function syncBatch(deps: SyncDeps, tenantId: string, connectorId: string, input: SyncBatchInput): Promise<SyncBatchResult> {
  const log = await forTenant(deps.db.prisma, tenantId).syncLogs.get(input.syncLogId);
  if (!log || log.status !== 'running') throw new SyncNotRunningError(input.syncLogId);
  const limit = input.batchRecords ?? 1_000;
  const pumpOptions: PumpOptions = {
    maxRecords: limit,
    writeRecords: Math.min(input.writeRecords ?? 1_000, limit),
    ...(input.signal ? { signal: input.signal } : {}),
    ...(input.onPage ? { onPage: input.onPage } : {}),
  };
  // What this step stored so far: a session reopened after a refreshed token goes on from it.
  const stored: Stored = { created: 0, updated: 0, failed: 0, pages: 0, deadLettered: false, cursor: null };
  let secrets: readonly string[] = [];
  try {
    return await withFreshSession(
      deps,
      tenantId,
      connectorId,
      () => openSession(deps, tenantId, connectorId, input.mode, input.signal),
      async (session) => {
        secrets = session.secrets;
        const start = stored.pages > 0 ? stored.cursor : batchStartCursor(log, session.row);
        const read = await pumpPages(session, start, pumpOptions, async (batch, cursor, pages) => {
          const written = await persistBatch(
            deps.db.sql,
            { tenantId, connectorId, syncLogId: input.syncLogId, batch, cursor, pages, expectPages: log.pages + stored.pages },
            { logger: session.options.logger },
          );
          stored.created += written.created;
          stored.updated += written.updated;
          stored.failed += written.failed;
          stored.deadLettered ||= written.deadLettered;
          stored.pages += pages;
          stored.cursor = cursor;
        });
        const { created, updated, failed, deadLettered } = stored;
        return { created, updated, failed, deadLettered, pages: stored.pages, cursor: read.cursor, hasMore: read.hasMore };
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
