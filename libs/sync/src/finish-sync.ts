import { isConnectorError, redactText, serializeError, silentLogger, type ConnectorError, type SerializedError } from '@tributary/core';
import { forTenant } from '@tributary/db';
import type { SyncDeps } from './session.js';

export type SyncEndStatus = 'completed' | 'failed' | 'cancelled';

/** How a sync ended. Counts come from its `sync_logs` row, which every batch updates in its own transaction. */
export interface SyncOutcome {
  syncLogId: string;
  status: SyncEndStatus;
  created: number;
  updated: number;
  failed: number;
  pages: number;
  durationMs: number;
  error?: SerializedError;
}

export interface FinishSyncInput {
  syncLogId: string;
  status: SyncEndStatus;
  /** Why a failed sync failed: a live error (redacted here with `secrets`) or one already serialized and redacted. */
  error?: ConnectorError | SerializedError;
  secrets?: readonly string[];
}

/**
 * The last step of a sync: close its log (status, error kind and message)
 * and move the connector to `connected` (completed or cancelled: cursor
 * kept; completed also stamps `last_sync_at`) or `error` with the kind.
 *
 * @example
 * const outcome = await finishSync(deps, tenantId, connectorId, { syncLogId, status: 'completed' });
 * outcome.created // rows created by every batch of the run
 */
export async function finishSync(
  deps: Pick<SyncDeps, 'db' | 'logger'>,
  tenantId: string,
  connectorId: string,
  input: FinishSyncInput,
): Promise<SyncOutcome> {
  const scope = forTenant(deps.db.prisma, tenantId);
  const { status } = input;
  const serialized = input.error ? toSerialized(input.error, input.secrets ?? []) : undefined;
  await scope.syncLogs.finish(input.syncLogId, status, serialized && { kind: serialized.kind, message: serialized.message });
  await scope.connectors.update(connectorId, {
    status: status === 'failed' ? 'error' : 'connected',
    ...(status === 'completed' ? { lastSyncAt: new Date(), lastSyncError: null, lastErrorKind: null } : {}),
    ...(serialized ? { lastSyncError: serialized.message, lastErrorKind: serialized.kind } : {}),
  });
  const log = await scope.syncLogs.get(input.syncLogId);
  const outcome: SyncOutcome = {
    syncLogId: input.syncLogId,
    status,
    created: log?.recordsCreated ?? 0,
    updated: log?.recordsUpdated ?? 0,
    failed: log?.recordsFailed ?? 0,
    pages: log?.pages ?? 0,
    durationMs: log ? (log.completedAt ?? new Date()).getTime() - log.startedAt.getTime() : 0,
  };
  if (serialized) outcome.error = serialized;
  (deps.logger ?? silentLogger).info({ tenantId, connectorId, ...outcome }, `sync ${status}`);
  return outcome;
}

function toSerialized(error: ConnectorError | SerializedError, secrets: readonly string[]): SerializedError {
  const plain = isConnectorError(error) ? serializeError(error) : error;
  return { ...plain, message: redactText(plain.message, secrets) };
}
