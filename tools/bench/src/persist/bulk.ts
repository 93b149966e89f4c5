import { bulkUpsert, type SqlQueryable, type UpsertCounts } from '@tributary/db';
import type { ChargeRow } from './charges.js';

/** `bulkUpsert` every row in batches of `batchSize`, in order, summing the counts. */
export async function upsertAll(
  db: SqlQueryable,
  owner: { tenantId: string; connectorId: string },
  rows: readonly ChargeRow[],
  batchSize: number,
): Promise<UpsertCounts> {
  const total = { created: 0, updated: 0 };
  for (let i = 0; i < rows.length; i += batchSize) {
    const counts = await bulkUpsert(db, owner.tenantId, owner.connectorId, 'charge', rows.slice(i, i + batchSize));
    total.created += counts.created;
    total.updated += counts.updated;
  }
  return total;
}
