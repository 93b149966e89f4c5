import { ApplicationFailure, type RetryPolicy } from '@temporalio/common';
import { isConnectorError, serializeError, toConnectorError, type ConnectorError } from '@tributary/core';
import { NotFoundError } from '@tributary/db';
import { BatchConflictError, SyncInProgressError, SyncNotRunningError } from '@tributary/sync';

/** Failure types the workflows act on besides the core error kinds. */
export const FAILURE = {
  notRunning: 'sync_not_running',
  alreadyRunning: 'already_running',
  notFound: 'not_found',
  conflict: 'batch_conflict',
  writebackUnsupported: 'writeback_unsupported',
} as const;

/** Where a retry stands, to keep a rate limit's wait at least as long as the backoff it replaces. */
export interface AttemptInfo {
  attempt: number;
  retryPolicy?: RetryPolicy | undefined;
}

/**
 * Any error from a step -> the Temporal failure that tells the server what to
 * do: non-retryable for auth, config, validation and vendor errors (the core
 * taxonomy's `retryable: false`) and for a sync that is gone; retryable
 * otherwise, a rate limit no sooner than its `retryAfterMs`. The failure type
 * is the error kind; its details carry the serialized (secret-free) error.
 *
 * @example
 * try { await syncBatch(...) } catch (error) { throw toApplicationFailure(error, Context.current().info) }
 */
export function toApplicationFailure(error: unknown, info?: AttemptInfo): ApplicationFailure {
  if (error instanceof ApplicationFailure) return error;
  if (error instanceof SyncNotRunningError) return ApplicationFailure.nonRetryable(error.message, FAILURE.notRunning);
  if (error instanceof SyncInProgressError) return ApplicationFailure.nonRetryable(error.message, FAILURE.alreadyRunning);
  if (error instanceof NotFoundError) return ApplicationFailure.nonRetryable(error.message, FAILURE.notFound);
  if (error instanceof BatchConflictError) return ApplicationFailure.retryable(error.message, FAILURE.conflict);
  const failure = toConnectorError(error);
  const details = [serializeError(failure)];
  if (!failure.retryable) return ApplicationFailure.nonRetryable(failure.message, failure.kind, ...details);
  const delay = rateLimitDelay(failure, info);
  return ApplicationFailure.create({
    message: failure.message,
    type: failure.kind,
    details,
    ...(delay !== undefined ? { nextRetryDelay: delay } : {}),
  });
}

/** For `rate_limited` with a Retry-After: the longer of it and the policy's backoff for this attempt. */
function rateLimitDelay(error: ConnectorError, info?: AttemptInfo): number | undefined {
  if (!isConnectorError(error) || error.kind !== 'rate_limited' || error.retryAfterMs === undefined) return undefined;
  return Math.max(error.retryAfterMs, backoffOf(info));
}

function backoffOf(info?: AttemptInfo): number {
  const policy = info?.retryPolicy;
  if (!info || !policy) return 0;
  const initial = durationMs(policy.initialInterval) ?? 1_000;
  const max = durationMs(policy.maximumInterval) ?? initial * 100;
  return Math.min(max, initial * (policy.backoffCoefficient ?? 2) ** Math.max(0, info.attempt - 1));
}

/** Retry policies reach activities with their intervals in milliseconds. */
function durationMs(value: RetryPolicy['initialInterval']): number | undefined {
  return typeof value === 'number' ? value : undefined;
}
