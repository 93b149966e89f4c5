import { forTenant } from '@tributary/db';
import type { Principal } from '../auth/principal.js';
import type { GatewayRuntime } from '../runtime.js';
import { audit } from './audit.js';
import { connectorRow } from './connection.js';
import { disconnect } from './disconnect.js';
import { ConflictError } from './errors.js';

/**
 * Remove a connector for good: disconnect it (revoke at the vendor, delete
 * the credentials), delete its schedule, then delete the connector with
 * everything synced through it (canonical rows, sync logs, dead letters,
 * mappings). Refused while a sync runs: cancel it or let it finish first.
 * Disconnect is the way to stop syncing and keep the data.
 */
export async function removeConnector(
  rt: GatewayRuntime,
  principal: Principal,
  connectorId: string,
): Promise<{ id: string; type: string }> {
  const row = await connectorRow(rt, principal.tenantId, connectorId);
  if (await rt.orchestrator.isRunning(principal.tenantId, connectorId)) {
    throw new ConflictError('A sync of this connector is running: cancel it or wait for it to finish, then remove the connector.');
  }
  if (row.config) await disconnect(rt, principal, connectorId);
  await rt.orchestrator.deleteSchedule(principal.tenantId, connectorId);
  await forTenant(rt.db.prisma, principal.tenantId).connectors.remove(connectorId);
  await audit(rt.db.prisma, principal, 'connector.remove', 'connector', connectorId, { type: row.type, name: row.name });
  return { id: row.id, type: row.type };
}
