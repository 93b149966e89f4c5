import type { AnyConnector } from '@tributary/core';
import { forTenant, type ConnectorRow } from '@tributary/db';
import { isSchedulable } from '@tributary/sync';
import type { GatewayRuntime } from '../runtime.js';

/**
 * The tenant's row for a connector type (one per type), created
 * disconnected if missing. `sandbox` is set on a new row, and on an
 * existing one only with `onlyWhenNew: false` (a verified connection).
 */
export async function ensureConnectorRow(
  rt: GatewayRuntime,
  tenantId: string,
  connector: AnyConnector,
  options: { sandbox?: boolean; onlyWhenNew?: boolean } = {},
): Promise<ConnectorRow> {
  const scope = forTenant(rt.db.prisma, tenantId);
  const existing = await scope.connectors.getByType(connector.id);
  const row =
    existing ??
    (await scope.connectors.create({
      type: connector.id,
      name: connector.name,
      status: 'disconnected',
      schedule: connector.defaultSchedule,
    }));
  const setSandbox = options.sandbox !== undefined && (!existing || !options.onlyWhenNew);
  if (setSandbox) await rt.db.prisma.connector.update({ where: { id: row.id }, data: { sandbox: options.sandbox } });
  return setSandbox ? scope.connectors.getOrThrow(row.id) : row;
}

/**
 * After a connection is stored: schedule incremental syncs (the connector's
 * cron, or its default) and start the first sync — full on a first
 * connection, incremental when a checkpoint already exists.
 */
export async function afterConnect(rt: GatewayRuntime, tenantId: string, connectorId: string): Promise<void> {
  const row = await forTenant(rt.db.prisma, tenantId).connectors.getOrThrow(connectorId);
  await rt.orchestrator.upsertSchedule(tenantId, connectorId, cronOf(rt, row));
  await rt.orchestrator.resumeSchedule(tenantId, connectorId);
  const mode = row.lastSyncCursor ? 'incremental' : 'full';
  rt.metrics.syncsTriggered.inc({ connector: row.type, mode });
  await rt.orchestrator.triggerSync(tenantId, connectorId, { mode, trigger: 'connect' });
}

/**
 * The connector's cron, or its default when none is stored or the stored
 * one cannot be kept (a cron saved before such crons were refused, like
 * `0 0 31 2 *`, would otherwise stop the gateway from starting).
 */
function cronOf(rt: GatewayRuntime, row: Pick<ConnectorRow, 'schedule' | 'type' | 'id'>): string {
  if (row.schedule && isSchedulable(row.schedule)) return row.schedule;
  if (row.schedule) rt.logger.warn({ connectorId: row.id, cron: row.schedule }, 'stored schedule never runs; using the default');
  return rt.registry.get(row.type).defaultSchedule;
}

/** Restore every connected connector's schedule (the in-process orchestrator keeps them in memory). */
export async function restoreSchedules(rt: GatewayRuntime): Promise<number> {
  const rows = await rt.db.prisma.connector.findMany({ where: { status: { not: 'disconnected' }, config: { not: null } } });
  for (const row of rows) {
    if (!rt.registry.has(row.type)) continue;
    await rt.orchestrator.upsertSchedule(row.tenantId, row.id, cronOf(rt, row));
    if (row.lastErrorKind === 'auth_revoked' || row.lastErrorKind === 'auth_expired')
      await rt.orchestrator.pauseSchedule(row.tenantId, row.id);
  }
  return rows.length;
}
