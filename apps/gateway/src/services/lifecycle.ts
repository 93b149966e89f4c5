import type { AnyConnector } from '@tributary/core';
import { forTenant, type ConnectorRow } from '@tributary/db';
import type { GatewayRuntime } from '../runtime.js';

/** The tenant's row for a connector type (one per type), created disconnected if missing. */
export async function ensureConnectorRow(
  rt: GatewayRuntime,
  tenantId: string,
  connector: AnyConnector,
  options: { sandbox?: boolean; settings?: Record<string, unknown> } = {},
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
  if (options.settings !== undefined || options.sandbox !== undefined) {
    await rt.db.prisma.connector.update({
      where: { id: row.id },
      data: {
        ...(options.settings ? { settings: options.settings as object } : {}),
        ...(options.sandbox !== undefined ? { sandbox: options.sandbox } : {}),
      },
    });
  }
  return scope.connectors.getOrThrow(row.id);
}

/**
 * After a connection is stored: schedule incremental syncs (the connector's
 * cron, or its default) and start the first sync — full on a first
 * connection, incremental when a checkpoint already exists.
 */
export async function afterConnect(rt: GatewayRuntime, tenantId: string, connectorId: string): Promise<void> {
  const row = await forTenant(rt.db.prisma, tenantId).connectors.getOrThrow(connectorId);
  const connector = rt.registry.get(row.type);
  const cron = row.schedule ?? connector.defaultSchedule;
  await rt.orchestrator.upsertSchedule(tenantId, connectorId, cron);
  await rt.orchestrator.resumeSchedule(tenantId, connectorId);
  const mode = row.lastSyncCursor ? 'incremental' : 'full';
  rt.metrics.syncsTriggered.inc({ connector: row.type, mode });
  await rt.orchestrator.triggerSync(tenantId, connectorId, { mode, trigger: 'connect' });
}

/** Restore every connected connector's schedule (the in-process orchestrator keeps them in memory). */
export async function restoreSchedules(rt: GatewayRuntime): Promise<number> {
  const rows = await rt.db.prisma.connector.findMany({ where: { status: { not: 'disconnected' }, config: { not: null } } });
  for (const row of rows) {
    if (!rt.registry.has(row.type)) continue;
    await rt.orchestrator.upsertSchedule(row.tenantId, row.id, row.schedule ?? rt.registry.get(row.type).defaultSchedule);
    if (row.lastErrorKind === 'auth_revoked' || row.lastErrorKind === 'auth_expired')
      await rt.orchestrator.pauseSchedule(row.tenantId, row.id);
  }
  return rows.length;
}
