import type { SqlQueryable } from './driver.js';

/** One account's days (`from`..`to`, YYYY-MM-DD, inclusive) that a sync read completely. */
export interface MetricWindow {
  accountExternalId: string;
  from: string;
  to: string;
}

/**
 * Rows of the windows that the batch did not carry and that still hold a
 * non-zero metric. Deleted rows are left alone; `IS DISTINCT FROM` keeps a
 * row already at zero untouched, so reading the same window again writes
 * nothing. `EXISTS` (not `UPDATE ... FROM`) so overlapping windows touch a
 * row once.
 */
const ZERO_MISSING = `WITH z AS (
  UPDATE channel_metrics AS x
  SET impressions = 0, clicks = 0, visitors = 0, leads = 0, conversions = 0, cost = 0, updated_at = now()
  WHERE x.tenant_id = $1::uuid AND x.connector_id = $2::uuid AND x.deleted_at IS NULL
    AND EXISTS (
      SELECT 1 FROM jsonb_to_recordset($3::jsonb) AS w(account text, "from" date, "to" date)
      WHERE x.account_external_id = w.account AND x.date BETWEEN w."from" AND w."to")
    AND NOT EXISTS (SELECT 1 FROM unnest($4::text[]) AS k(id) WHERE k.id = x.external_id)
    AND (x.impressions, x.clicks, x.visitors, x.leads, x.conversions, x.cost)
      IS DISTINCT FROM (0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::float8, 0::bigint)
  RETURNING 1)
SELECT count(*)::int AS n FROM z`;

/**
 * Zero the stored channel metrics of one connector that a complete read of
 * their account and days did not return: the vendor leaves out all-zero
 * rows, so a row missing from the read is all zero now. `keep` holds the
 * external ids the same batch wrote. Returns how many rows changed.
 *
 * @example
 * await zeroMissingMetrics(tx, tenantId, connectorId, [{ accountExternalId: '1234567890', from: '2026-10-01', to: '2026-10-30' }], ids);
 * // 1: the day Google no longer reports is now all zero
 */
export async function zeroMissingMetrics(
  db: SqlQueryable,
  tenantId: string,
  connectorId: string,
  windows: readonly MetricWindow[],
  keep: readonly string[],
): Promise<number> {
  if (windows.length === 0) return 0;
  const payload = JSON.stringify(windows.map((w) => ({ account: w.accountExternalId, from: w.from, to: w.to })));
  const [row] = await db.query<{ n: number }>(ZERO_MISSING, [tenantId, connectorId, payload, [...new Set(keep)]]);
  return Number(row?.n ?? 0);
}
