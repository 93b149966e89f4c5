import type { SyncMode } from '@tributary/core';
import { forTenant } from '@tributary/db';
import { SyncInProgressError } from './errors.js';
import { INTERRUPTED_MESSAGE } from './recover.js';
import type { SyncDeps } from './session.js';

export interface BeginSyncOptions {
  mode: SyncMode;
  /** Who asked: manual, schedule, connect, retry. */
  trigger?: string;
  /** Start a full sync from the stored checkpoint (continuing an interrupted one). */
  resume?: boolean;
  /** A claim untouched this long belongs to a dead process and can be taken over (default 10 minutes). */
  staleClaimMs?: number;
  /**
   * Take the claim whatever its age, closing the connector's running sync logs
   * as interrupted. Only for callers that already guarantee one sync per
   * connector (Temporal: one workflow id per connector).
   */
  takeOver?: boolean;
}

/** Where a sync starts: its log row and the cursor of its first page. Plain data (it crosses Temporal). */
export interface SyncStart {
  syncLogId: string;
  cursor: string | null;
  mode: SyncMode;
}

/** A claim "touched" an hour from now: any holder counts as stale. */
const TAKE_OVER_MS = -3_600_000;

/**
 * The first step of a sync: claim the connector (`syncing`), open its
 * `sync_logs` row and choose the start cursor (null for a full sync, the
 * stored checkpoint for incremental or `resume`). Throws
 * {@link SyncInProgressError} when another sync holds the connector.
 *
 * @example
 * const start = await beginSync(deps, tenantId, connectorId, { mode: 'incremental', trigger: 'schedule' });
 * start.cursor // the checkpoint the first page is fetched from
 */
export async function beginSync(
  deps: Pick<SyncDeps, 'db'>,
  tenantId: string,
  connectorId: string,
  options: BeginSyncOptions,
): Promise<SyncStart> {
  const scope = forTenant(deps.db.prisma, tenantId);
  const row = await scope.connectors.getOrThrow(connectorId);
  if (options.takeOver) {
    for (const log of await scope.syncLogs.running(connectorId)) {
      await scope.syncLogs.finish(log.id, 'failed', { kind: 'transient', message: INTERRUPTED_MESSAGE });
    }
  }
  const staleMs = options.takeOver ? TAKE_OVER_MS : (options.staleClaimMs ?? 10 * 60_000);
  if (!(await scope.connectors.claimForSync(connectorId, staleMs))) throw new SyncInProgressError(connectorId);
  const log = await scope.syncLogs.start(connectorId, options.mode, options.trigger ?? 'manual');
  const cursor = options.mode === 'incremental' || options.resume ? row.lastSyncCursor : null;
  return { syncLogId: log.id, cursor, mode: options.mode };
}
