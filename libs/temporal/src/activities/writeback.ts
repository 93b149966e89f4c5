import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { AnyConnector } from '@tributary/core';
import { forTenant } from '@tributary/db';
import { openSession, recordRejectedWrites, recordWritebackFailure, runWriteback, writebackEnabled } from '@tributary/sync';
import type { WritebackInput, WritebackSummary } from '../shared/types.js';
import { FAILURE, toApplicationFailure } from './failures.js';
import type { ActivityDeps } from './types.js';

/** Whether a connector declares writeback (the core contract's optional `writeback`). */
export function supportsWriteback(connector: AnyConnector): boolean {
  return typeof connector.writeback === 'function';
}

/**
 * Run a writeback through the connector. A connector without writeback
 * fails at once (non-retryable `writeback_unsupported`); per-item vendor
 * rejections come back in the summary and are kept as dead letters;
 * outages are retried, and a writeback that fails for good (non-retryable,
 * or the last attempt) leaves a dead letter saying why.
 */
export async function writebackActivity(deps: ActivityDeps, input: WritebackInput): Promise<WritebackSummary> {
  const info = Context.current().info;
  try {
    const row = await forTenant(deps.db.prisma, input.tenantId).connectors.getOrThrow(input.connectorId);
    const connector = deps.registry.has(row.type) ? deps.registry.get(row.type) : undefined;
    if (!connector?.writeback) {
      throw ApplicationFailure.nonRetryable(
        `Writeback is not supported by this connector (${connector?.name ?? row.type})`,
        FAILURE.writebackUnsupported,
      );
    }
    if (!input.items) {
      const outcome = await runWriteback(deps, input.tenantId, input.connectorId);
      return { written: outcome.written, failed: outcome.failed, errors: outcome.errors };
    }
    const session = await openSession(deps, input.tenantId, input.connectorId, 'incremental');
    const results = await connector.writeback(session.credentials, input.items, session.options);
    await recordRejectedWrites(deps, input.tenantId, input.connectorId, input.items, results);
    const errors = results.filter((r) => !r.ok).map((r) => ({ externalId: r.externalId, error: r.error ?? 'rejected by the vendor' }));
    return { written: results.length - errors.length, failed: errors.length, errors };
  } catch (error) {
    const failure = toApplicationFailure(error, info);
    const lastAttempt = info.attempt >= (info.retryPolicy?.maximumAttempts ?? Number.POSITIVE_INFINITY);
    if (failure.nonRetryable || lastAttempt) {
      await recordWritebackFailure(deps, input.tenantId, input.connectorId, error).catch((cause: unknown) =>
        deps.logger?.error(
          { tenantId: input.tenantId, connectorId: input.connectorId, error: String(cause) },
          'writeback failure could not be recorded',
        ),
      );
    }
    throw failure;
  }
}

/** Whether the connector writes back and its settings turn writeback on (checked after each completed sync). */
export async function writebackWantedActivity(deps: ActivityDeps, input: WritebackInput): Promise<boolean> {
  try {
    return await writebackEnabled(deps, input.tenantId, input.connectorId);
  } catch (error) {
    throw toApplicationFailure(error);
  }
}
