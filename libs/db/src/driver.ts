import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

/** Anything that runs a parameterized statement and returns its rows. */
export interface SqlQueryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/**
 * The low-level SQL surface beside Prisma, for what Prisma does not do or
 * does slowly: multi-statement migration scripts (simple query protocol),
 * session-level advisory locks, and the sync pipeline's write transaction
 * (Prisma's raw-query path costs about 0.5-1 s of client CPU per 100,000
 * rows on top of the driver; see tools/bench).
 */
export interface SqlDriver extends SqlQueryable {
  readonly kind: 'postgres' | 'pglite';
  /** Run a script of several statements. */
  exec(sql: string): Promise<void>;
  /** Run `fn` on one dedicated session (advisory locks are per session). */
  session<T>(fn: (session: Omit<SqlDriver, 'session' | 'close' | 'dump' | 'transaction'>) => Promise<T>): Promise<T>;
  /** Run `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** PGlite only: the data directory as a tarball (test snapshots). */
  dump?: () => Promise<Blob>;
}

export function pgDriver(pool: pg.Pool): SqlDriver {
  const on = (client: pg.Pool | pg.PoolClient) => ({
    kind: 'postgres' as const,
    exec: async (sql: string) => {
      await client.query(sql);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
  });
  return {
    ...on(pool),
    session: async (fn) => {
      const client = await pool.connect();
      try {
        return await fn(on(client));
      } finally {
        client.release();
      }
    },
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(on(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export function pgliteDriver(db: PGlite): SqlDriver {
  const base = {
    kind: 'pglite' as const,
    exec: async (sql: string) => {
      await db.exec(sql);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows,
  };
  // PGlite is a single session: every call already runs on it.
  return {
    ...base,
    session: (fn) => fn(base),
    transaction: (fn) =>
      db.transaction((tx) => fn({ query: async <T>(sql: string, params: unknown[] = []) => (await tx.query<T>(sql, params)).rows })),
    close: () => db.close(),
    dump: () => db.dumpDataDir('none') as Promise<Blob>,
  };
}
