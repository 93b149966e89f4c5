import { tableNameOf, type ConnectorRow } from '@tributary/db';
import { z } from 'zod';
import type { GatewayRuntime } from '../runtime.js';

const Count = z.array(z.object({ n: z.coerce.number() }));

/**
 * The canonical rows a connector holds now (vendor deletes left out): what
 * a sync that changed nothing still has, beside what the last run changed.
 */
export async function rowsHeld(rt: Pick<GatewayRuntime, 'db' | 'registry'>, row: ConnectorRow): Promise<number> {
  if (!rt.registry.has(row.type)) return 0;
  const tables = [...new Set(rt.registry.get(row.type).streams.map((s) => tableNameOf(s.entity)))];
  if (tables.length === 0) return 0;
  const counts = tables.map(
    (t) => `(SELECT count(*) FROM ${t} WHERE tenant_id = $1::uuid AND connector_id = $2::uuid AND deleted_at IS NULL)`,
  );
  const [total] = Count.parse(await rt.db.sql.query(`SELECT ${counts.join(' + ')} AS n`, [row.tenantId, row.id]));
  return total?.n ?? 0;
}
