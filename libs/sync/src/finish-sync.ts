import {
  isConnectorError,
  redactText,
  serializeError,
  silentLogger,
  ValidationError,
  type ConnectorError,
  type SerializedError,
} from '@tributary/core';
import { z } from 'zod';
import { forTenant, type SyncLogRow, type TenantScope } from '@tributary/db';
import { changeCount, resolveIdentities } from '@tributary/identity';
import type { SyncDeps } from './session.js';

export type SyncEndStatus = 'completed' | 'failed' | 'cancelled';
/** How a run is recorded: a completed run that stored nothing while rejecting rows is `completed_with_errors`. */
export type SyncRecordedStatus = SyncEndStatus | 'completed_with_errors';

/** How a sync ended. Counts come from its `sync_logs` row, which every batch updates in its own transaction. */
export interface SyncOutcome {
  syncLogId: string;
  status: SyncRecordedStatus;
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
 * The last step of a sync: judge a completed run by its counts
 * ({@link judgeRun}), close its log (status, error kind and message) and
 * move the connector to `connected` (completed or cancelled: cursor kept;
 * completed also stamps `last_sync_at`, and a run with errors keeps its
 * message as the connector's warning) or `error` with the kind.
 *
 * @example
 * const outcome = await finishSync(deps, tenantId, connectorId, { syncLogId, status: 'completed' });
 * outcome.created // rows created by every batch of the run
 */
export async function finishSync(
  deps: Pick<SyncDeps, 'db' | 'logger' | 'failRejectRate'>,
  tenantId: string,
  connectorId: string,
  input: FinishSyncInput,
): Promise<SyncOutcome> {
  const scope = forTenant(deps.db.prisma, tenantId);
  const before = await scope.syncLogs.get(input.syncLogId);
  const judged = input.status === 'completed' && before ? await judgeRun(scope, before, deps.failRejectRate) : undefined;
  const status: SyncRecordedStatus = judged?.status ?? input.status;
  const error = judged?.error ?? input.error;
  const serialized = error ? toSerialized(error, input.secrets ?? []) : undefined;
  const ran = status === 'completed' || status === 'completed_with_errors';
  // Before the log closes, so whoever waits for the run sees its people unified.
  if (ran) await resolveAfterSync(deps, tenantId, connectorId);
  await scope.syncLogs.finish(input.syncLogId, status, serialized && { kind: serialized.kind, message: serialized.message });
  await scope.connectors.update(connectorId, {
    status: status === 'failed' ? 'error' : 'connected',
    ...(ran ? { lastSyncAt: new Date(), lastSyncError: null, lastErrorKind: null } : {}),
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

/**
 * Unified people and accounts follow every run that stored rows (both
 * orchestrators end a run here). A failure is logged and never fails the
 * sync: the next run, or an on-demand resolution, catches up.
 */
async function resolveAfterSync(deps: Pick<SyncDeps, 'db' | 'logger'>, tenantId: string, connectorId: string): Promise<void> {
  const logger = deps.logger ?? silentLogger;
  try {
    const outcome = await resolveIdentities(deps.db.sql, tenantId);
    logger.info({ tenantId, connectorId, changes: changeCount(outcome), people: outcome.people }, 'identities resolved');
  } catch (error) {
    logger.warn({ tenantId, connectorId, error: String(error) }, 'identity resolution after sync failed');
  }
}

const StreamCounts = z.record(z.string(), z.object({ read: z.number(), rejected: z.number() }));

/** Streams of a run whose every row read was rejected. */
function whollyRejected(streamCounts: unknown): string[] {
  const parsed = StreamCounts.safeParse(streamCounts);
  if (!parsed.success) return [];
  return Object.entries(parsed.data)
    .filter(([, c]) => c.rejected > 0 && c.rejected >= c.read)
    .map(([name]) => name)
    .sort();
}

/**
 * A completed run's honest status. A stream whose every row read was
 * rejected (nothing of it accepted, written or found unchanged), or a run
 * that accepted nothing while rejecting rows: `completed_with_errors`; the
 * rejected share of the rows read at or above `failRejectRate` (0..1,
 * unset: never): `failed`.
 * Either way the message names the commonest reason (a `validation` error:
 * review the dead letters and the field mappings).
 */
export async function judgeRun(
  scope: TenantScope,
  log: Pick<SyncLogRow, 'id' | 'connectorId' | 'recordsRead' | 'recordsCreated' | 'recordsUpdated' | 'recordsFailed' | 'streamCounts'>,
  failRejectRate?: number,
): Promise<{ status: 'completed' | 'completed_with_errors' | 'failed'; error?: ConnectorError }> {
  const rejected = log.recordsFailed;
  // Older logs (and batches that failed whole) may count fewer rows read than written or rejected.
  const read = Math.max(log.recordsRead, log.recordsCreated + log.recordsUpdated + rejected);
  if (rejected === 0) return { status: 'completed' };
  const failing = failRejectRate !== undefined && rejected / read >= failRejectRate;
  const lost = whollyRejected(log.streamCounts);
  if (!failing && read > rejected && lost.length === 0) return { status: 'completed' };
  const commonest = await scope.deadLetters.commonestReason(log.connectorId, log.id);
  const n = (x: number) => x.toLocaleString('en-US');
  const head = failing
    ? `${n(rejected)} of ${n(read)} rows were rejected`
    : read <= rejected
      ? `Nothing was stored: all ${n(rejected)} rows read were rejected`
      : `Every row of ${lost.join(', ')} was rejected (${n(rejected)} rows in all)`;
  const why = commonest
    ? `. Commonest reason (${commonest.letters.toLocaleString('en-US')} rows of ${commonest.stream}): ${commonest.reason}`
    : '';
  return { status: failing ? 'failed' : 'completed_with_errors', error: new ValidationError(`${head}${why}`) };
}

function toSerialized(error: ConnectorError | SerializedError, secrets: readonly string[]): SerializedError {
  const plain = isConnectorError(error) ? serializeError(error) : error;
  return { ...plain, message: redactText(plain.message, secrets) };
}
