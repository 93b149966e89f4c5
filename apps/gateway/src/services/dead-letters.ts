import { forTenant, type DeadLetterGroupKey } from '@tributary/db';
import { replayDeadLetters, type ReplayResult } from '@tributary/sync';
import type { Principal } from '../auth/principal.js';
import type { GatewayRuntime } from '../runtime.js';
import { audit } from './audit.js';
import { connectorRow } from './connection.js';

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
