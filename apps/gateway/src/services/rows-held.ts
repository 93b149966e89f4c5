import { countHeldRows, type ConnectorRow } from '@tributary/db';
import type { GatewayRuntime } from '../runtime.js';

/**
 * The canonical rows a connector holds now (vendor deletes left out): what
 * a sync that changed nothing still has, beside what the last run changed.
 */
export async function rowsHeld(rt: Pick<GatewayRuntime, 'db' | 'registry'>, row: ConnectorRow): Promise<number> {
  if (!rt.registry.has(row.type)) return 0;
  const entities = rt.registry.get(row.type).streams.map((s) => s.entity);
  return countHeldRows(rt.db.sql, row.tenantId, row.id, entities);
}
