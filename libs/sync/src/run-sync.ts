import { backoffDelay, redactText, silentLogger, toConnectorError, type SyncMode } from '@tributary/core';
import { beginSync } from './begin-sync.js';
import { finishSync, type SyncOutcome } from './finish-sync.js';
import { persistBatch } from './persist.js';
import { pumpPages } from './pump.js';
import type { CleanBatch } from './quality.js';
import { withFreshSession } from './auth-retry.js';
import { openSession, type SyncDeps, type SyncSession } from './session.js';

export interface SyncProgressEvent {
  syncLogId: string;
  pages: number;
  created: number;
  updated: number;
  failed: number;
  elapsedMs: number;
}

export interface RunSyncOptions {
  mode: SyncMode;
  /** Who asked: manual, schedule, connect, retry. */
  trigger?: string;
  /** Start a full sync from the stored checkpoint (continuing an interrupted one). */
  resume?: boolean;
  signal?: AbortSignal;
  /** Tries for retryable failures (rate limits, outages) within this run, resuming from the last checkpoint. */
  maxAttempts?: number;
  /** The longest vendor-requested wait (Retry-After) slept through within a run; longer ones end it as rate_limited (default 5 min). */
  maxRetryWaitMs?: number;
  retryBaseMs?: number;
  /** Records per write transaction (pages are grouped up to this). */
  batchRecords?: number;
  /** A claim untouched this long belongs to a dead process and can be taken over. */
  staleClaimMs?: number;
  onProgress?: (event: SyncProgressEvent) => void;
}

interface RunState {
  syncLogId: string;
  started: number;
  pages: number;
  created: number;
  updated: number;
  failed: number;
  /** The last cursor written to the database by this run. */
  checkpoint: string | null;
}

/**
 * Run one sync of a connector in this process: {@link beginSync} (claim,
 * sync log, start cursor), then page by page fetch -> transform -> quality
 * -> persist (data, dead letters, counts and cursor in one transaction;
 * the next page is fetched while a batch is written) until the connector
 * has no more pages, then {@link finishSync}. Retryable failures resume
 * from the last checkpoint. Throws only when the sync cannot start
 * (unknown connector, already running). The Temporal worker runs the same
 * steps one activity at a time ({@link syncBatch}).
 *
 * @example
 * const outcome = await runSync(deps, tenantId, connectorId, { mode: 'full' });
 * outcome.status // 'completed'
 */
export async function runSync(deps: SyncDeps, tenantId: string, connectorId: string, options: RunSyncOptions): Promise<SyncOutcome> {
  const start = await beginSync(deps, tenantId, connectorId, options);
  const state: RunState = {
    syncLogId: start.syncLogId,
    started: Date.now(),
    pages: 0,
    created: 0,
    updated: 0,
    failed: 0,
    checkpoint: start.cursor,
  };
  const logger = deps.logger ?? silentLogger;
  const finish = (input: Omit<Parameters<typeof finishSync>[3], 'syncLogId'>) =>
    finishSync(deps, tenantId, connectorId, { syncLogId: state.syncLogId, ...input });
  let secrets: string[] = [];
  const maxAttempts = options.maxAttempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      const status = await withFreshSession(
        deps,
        tenantId,
        connectorId,
        () => openSession(deps, tenantId, connectorId, options.mode, options.signal),
        (session) => {
          secrets = session.secrets;
          return pump(deps, session, tenantId, state, options);
        },
      );
      return await finish({ status });
    } catch (thrown) {
      const error = toConnectorError(thrown);
      const tooLong = (error.retryAfterMs ?? 0) > (options.maxRetryWaitMs ?? 5 * 60_000);
      // A long vendor wait (a daily API limit) is not slept through in-process: the run fails as
      // rate_limited with the cursor kept, and the next scheduled run resumes.
      if (!error.retryable || tooLong || attempt >= maxAttempts || options.signal?.aborted) {
        return await finish({ status: 'failed', error, secrets });
      }
      const wait = Math.max(error.retryAfterMs ?? 0, backoffDelay(attempt, options.retryBaseMs ?? 1_000, 60_000));
      logger.warn(
        { tenantId, connectorId, attempt, waitMs: wait, kind: error.kind, error: redactText(error.message, secrets) },
        'sync attempt failed; retrying',
      );
      await sleep(wait, options.signal);
    }
  }
}

/** Read and write the rest of the sync from the last checkpoint ({@link pumpPages}: fetch, transform and write overlapped). */
async function pump(
  deps: SyncDeps,
  session: SyncSession,
  tenantId: string,
  state: RunState,
  options: RunSyncOptions,
): Promise<'completed' | 'cancelled'> {
  const read = await pumpPages(
    session,
    state.checkpoint,
    { writeRecords: options.batchRecords ?? 1_000, ...(options.signal ? { signal: options.signal } : {}) },
    (batch, cursor, pages) => write(deps, tenantId, session, state, batch, cursor, pages, options),
  );
  return read.hasMore ? 'cancelled' : 'completed';
}

async function write(
  deps: SyncDeps,
  tenantId: string,
  session: SyncSession,
  state: RunState,
  batch: CleanBatch,
  cursor: string | null,
  pages: number,
  options: RunSyncOptions,
): Promise<void> {
  const result = await persistBatch(
    deps.db.sql,
    { tenantId, connectorId: session.row.id, syncLogId: state.syncLogId, batch, cursor, pages },
    { logger: session.options.logger },
  );
  state.checkpoint = cursor;
  state.pages += pages;
  state.created += result.created;
  state.updated += result.updated;
  state.failed += result.failed;
  options.onProgress?.({
    syncLogId: state.syncLogId,
    pages: state.pages,
    created: state.created,
    updated: state.updated,
    failed: state.failed,
    elapsedMs: Date.now() - state.started,
  });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
