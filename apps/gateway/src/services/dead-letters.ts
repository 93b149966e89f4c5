import { forTenant, type DeadLetterGroupKey } from '@tributary/db';
import { remapStream, replayDeadLetters, type ReplayResult } from '@tributary/sync';
import type { Principal } from '../auth/principal.js';
import type { GatewayRuntime } from '../runtime.js';
import { audit } from './audit.js';
import { connectorRow } from './connection.js';
import { InputError } from './errors.js';

/** Dismiss one group of open dead letters. */
export async function dismissDeadLetters(rt: GatewayRuntime, principal: Principal, connectorId: string, group: DeadLetterGroupKey) {
  await connectorRow(rt, principal.tenantId, connectorId);
  const dismissed = await forTenant(rt.db.prisma, principal.tenantId).deadLetters.dismissGroup(connectorId, group);
  await audit(rt.db.prisma, principal, 'connector.dead_letters.dismiss', 'connector', connectorId, { stream: group.stream, dismissed });
  return dismissed;
}

/**
 * Replay one group in this request: it reads only the database (no vendor
 * call, no claim on the connector), in batches, so either orchestrator's
 * gateway runs it the same way.
 */
export async function replayDeadLetterGroup(
  rt: GatewayRuntime,
  principal: Principal,
  connectorId: string,
  group: DeadLetterGroupKey,
): Promise<ReplayResult> {
  await connectorRow(rt, principal.tenantId, connectorId);
  const result = await replayDeadLetters(rt.syncDeps, principal.tenantId, connectorId, group);
  await audit(rt.db.prisma, principal, 'connector.dead_letters.replay', 'connector', connectorId, {
    stream: group.stream,
    letters: result.letters,
    stored: result.stored,
  });
  return result;
}

/**
 * "Apply to stored rows" after a mapping change: start a `remap` run of one
 * stream and return its sync log at once; the run goes on in this process
 * (it reads only the database, so it needs no orchestrator: the same with
 * in-process and Temporal) and its counts grow batch by batch.
 */
export async function applyMappingsToStoredRows(rt: GatewayRuntime, principal: Principal, connectorId: string, stream: string) {
  const row = await connectorRow(rt, principal.tenantId, connectorId);
  if (!rt.registry.get(row.type).streams.some((s) => s.name === stream)) {
    throw new InputError(`${row.name} has no stream "${stream}"`, [{ path: 'stream', message: 'unknown stream' }]);
  }
  const run = await remapStream(rt.syncDeps, principal.tenantId, connectorId, stream, { trigger: 'manual' }).catch((error: unknown) => {
    throw new InputError(error instanceof Error ? error.message : String(error), [{ path: 'stream', message: 'cannot be re-mapped' }]);
  });
  run.finished.catch((error: unknown) => rt.logger.error({ err: error, connectorId, stream }, 're-map of stored rows failed'));
  await audit(rt.db.prisma, principal, 'connector.mappings.apply', 'connector', connectorId, { stream, syncLogId: run.syncLogId });
  const log = await forTenant(rt.db.prisma, principal.tenantId).syncLogs.get(run.syncLogId);
  if (!log) throw new Error(`The remap run ${run.syncLogId} vanished`);
  return log;
}
