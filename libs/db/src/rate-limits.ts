import { reservingLimiter, type NamedBudget, type RequestLimiter } from '@tributary/core';
import type { SqlQueryable } from './driver.js';

/**
 * Reserve `cost` tokens of one budget in one statement: refill for the time
 * since the last reservation (at `perSecond`, up to `burst`), take the
 * tokens even below zero, and return the balance. A negative balance is a
 * queue: the caller waits until its tokens would have arrived. The clock is
 * the database's, so every process shares one time line.
 */
const RESERVE = `INSERT INTO rate_limits AS r (tenant_id, connector_id, budget, tokens, updated_at)
VALUES ($1::uuid, $2::uuid, $3, $4::float8 - $5::float8, clock_timestamp())
ON CONFLICT (tenant_id, connector_id, budget) DO UPDATE SET
  tokens = LEAST($4::float8, r.tokens + $6::float8 * EXTRACT(EPOCH FROM clock_timestamp() - r.updated_at)) - $5::float8,
  updated_at = clock_timestamp()
RETURNING tokens`;

/** Hold the budget: its balance drops to what `ms` of refill would bring back to zero. */
const PENALIZE = `UPDATE rate_limits SET
  tokens = LEAST(tokens + $5::float8 * EXTRACT(EPOCH FROM clock_timestamp() - updated_at), -$4::float8 * $5::float8),
  updated_at = clock_timestamp()
WHERE tenant_id = $1::uuid AND connector_id = $2::uuid AND budget = $3`;

/**
 * The request limiter of one connection, kept in PostgreSQL (or PGlite):
 * every process that syncs the connection reserves from the same buckets,
 * so partitions read in parallel by several workers still stay within the
 * vendor's rate and quota. A 429 holds the rate budget for everyone.
 *
 * @example
 * const limiter = databaseLimiter(db.sql, { tenantId, connectorId }, rateBudgets(connector, credentials), 60_000);
 * createConnectionClient(connector, credentials, { limiter });
 */
export function databaseLimiter(
  sql: SqlQueryable,
  connection: { tenantId: string; connectorId: string },
  budgets: readonly NamedBudget[],
  maxWaitMs: number,
): RequestLimiter {
  const key = [connection.tenantId, connection.connectorId];
  const reserve = async (cost: number): Promise<number> => {
    let wait = 0;
    for (const b of budgets) {
      const [row] = await sql.query<{ tokens: number }>(RESERVE, [...key, b.name, b.burst ?? b.perSecond, cost, b.perSecond]);
      const tokens = Number(row?.tokens ?? 0);
      if (tokens < 0) wait = Math.max(wait, Math.ceil((-tokens / b.perSecond) * 1000));
    }
    return wait;
  };
  const rate = budgets.find((b) => b.name === 'rate');
  const penalize = async (ms: number): Promise<void> => {
    if (rate) await sql.query(PENALIZE, [...key, rate.name, ms / 1000, rate.perSecond]);
  };
  return reservingLimiter(reserve, penalize, maxWaitMs);
}
