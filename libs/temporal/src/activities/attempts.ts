import type { ApplicationFailure } from '@temporalio/common';
import { silentLogger } from '@tributary/core';
import { forTenant } from '@tributary/db';
import type { AttemptInfo } from './failures.js';
import type { ActivityDeps } from './types.js';

/** The connector a batch belongs to. */
export interface AttemptTarget {
  tenantId: string;
  connectorId: string;
}

/**
 * What the connector shows while a failed batch attempt waits for its retry.
 *
 * @example
 * attemptMessage({ attempt: 5, retryPolicy: { maximumAttempts: 10 } }, 'GET …: network error (ECONNREFUSED)')
 * // 'Attempt 5 of 10 failed: GET …: network error (ECONNREFUSED)'
 */
export function attemptMessage(info: AttemptInfo, message: string): string {
  const max = info.retryPolicy?.maximumAttempts;
  const of = max && max > 0 ? ` of ${max}` : '';
  return `Attempt ${info.attempt}${of} failed: ${message}`;
}

/** Whether Temporal will run this batch again after `failure` (not the last attempt, not non-retryable). */
export function willRetry(failure: ApplicationFailure, info: AttemptInfo): boolean {
  if (failure.nonRetryable) return false;
  const max = info.retryPolicy?.maximumAttempts;
  return !max || max <= 0 || info.attempt < max;
}

/**
 * A batch attempt failed and Temporal will retry it: put the (already
 * redacted) error on the connector now, so GraphQL and the console show why
 * a sync stays `syncing` instead of `lastError: null` for the minutes the
 * retries take. The final outcome is still written by the workflow's finish
 * step. Never throws: reporting must not replace the batch's own failure.
 */
export async function reportFailedAttempt(
  deps: ActivityDeps,
  target: AttemptTarget,
  failure: ApplicationFailure,
  info: AttemptInfo,
): Promise<void> {
  if (!willRetry(failure, info)) return;
  await updateConnector(deps, target, { lastSyncError: attemptMessage(info, failure.message), lastErrorKind: failure.type ?? 'transient' });
}

/** A retried batch went through: the error of its failed attempt no longer describes the sync. */
export async function clearFailedAttempt(deps: ActivityDeps, target: AttemptTarget, info: AttemptInfo): Promise<void> {
  if (info.attempt <= 1) return;
  await updateConnector(deps, target, { lastSyncError: null, lastErrorKind: null });
}

async function updateConnector(
  deps: ActivityDeps,
  target: AttemptTarget,
  patch: { lastSyncError: string | null; lastErrorKind: string | null },
): Promise<void> {
  try {
    await forTenant(deps.db.prisma, target.tenantId).connectors.update(target.connectorId, patch);
  } catch (error) {
    (deps.logger ?? silentLogger).warn(
      { tenantId: target.tenantId, connectorId: target.connectorId, error: error instanceof Error ? error.message : String(error) },
      'could not record the batch attempt on the connector',
    );
  }
}
