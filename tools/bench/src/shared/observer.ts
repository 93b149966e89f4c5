import pg from 'pg';
import { cpuOf } from './proc-cpu.js';

export interface TableStats {
  inserted: number;
  updated: number;
  hotUpdated: number;
}

export interface Fingerprint {
  rows: number;
  /** Newest `updated_at`, ISO. */
  maxUpdatedAt: string | null;
  /** md5 over every row's (xmin, ctid, updated_at): any rewrite changes it. */
  digest: string | null;
}

/** A separate connection that watches a bench database: table statistics, row fingerprints, backend CPU. */
export interface Observer {
  query<T extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<T[]>;
  /** `pg_stat_user_tables` counters for a table (fresh snapshot). */
  stats(table: string): Promise<TableStats>;
  fingerprint(tenantId: string, connectorId: string): Promise<Fingerprint>;
  /** Transactions committed in the database so far (`pg_stat_database.xact_commit`, flushed as for `stats`). */
  commits(): Promise<number>;
  /** Wait until every other session on the database has exited (exiting backends flush their statistics). */
  waitForOthersToExit(timeoutMs?: number): Promise<void>;
  /** CPU used so far by every other backend of the database, per pid (PostgreSQL on this host only). */
  backendCpu(): Promise<Map<number, number>>;
  close(): Promise<void>;
}

export async function openObserver(url: string): Promise<Observer> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const query = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await client.query<T>(sql, params)).rows;
  return {
    query,
    stats: async (table) => {
      await client.query('SELECT pg_stat_clear_snapshot()');
      const rows = await query<{ ins: string; upd: string; hot: string }>(
        'SELECT n_tup_ins AS ins, n_tup_upd AS upd, n_tup_hot_upd AS hot FROM pg_stat_user_tables WHERE relname = $1',
        [table],
      );
      const row = rows[0];
      return { inserted: Number(row?.ins ?? 0), updated: Number(row?.upd ?? 0), hotUpdated: Number(row?.hot ?? 0) };
    },
    fingerprint: async (tenantId, connectorId) => {
      const rows = await query<{ n: number; max: Date | null; digest: string | null }>(
        `SELECT count(*)::int AS n, max(updated_at) AS max,
                md5(string_agg(xmin::text || ':' || ctid::text || ':' || updated_at::text, ',' ORDER BY external_id)) AS digest
         FROM charges WHERE tenant_id = $1::uuid AND connector_id = $2::uuid`,
        [tenantId, connectorId],
      );
      const row = rows[0];
      return { rows: row?.n ?? 0, maxUpdatedAt: row?.max ? row.max.toISOString() : null, digest: row?.digest ?? null };
    },
    commits: async () => {
      await client.query('SELECT pg_stat_clear_snapshot()');
      const rows = await query<{ n: string }>('SELECT xact_commit AS n FROM pg_stat_database WHERE datname = current_database()');
      return Number(rows[0]?.n ?? 0);
    },
    waitForOthersToExit: async (timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const rows = await query<{ n: number }>(
          'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
        );
        if ((rows[0]?.n ?? 0) === 0) return;
        if (Date.now() > deadline) throw new Error('Other sessions on the bench database did not exit');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    backendCpu: async () => {
      const rows = await query<{ pid: number }>(
        'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      );
      return cpuOf(rows.map((r) => r.pid));
    },
    close: () => client.end(),
  };
}
