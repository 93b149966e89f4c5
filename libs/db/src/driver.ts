import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

/**
 * The low-level SQL surface beside Prisma, for what Prisma's parameterized
 * raw queries cannot do: multi-statement migration scripts (simple query
 * protocol) and session-level advisory locks.
 */
export interface SqlDriver {
  readonly kind: 'postgres' | 'pglite';
  /** Run a script of several statements. */
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Run `fn` on one dedicated session (advisory locks are per session). */
  session<T>(fn: (session: Omit<SqlDriver, 'session' | 'close' | 'dump'>) => Promise<T>): Promise<T>;
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
  return { ...base, session: (fn) => fn(base), close: () => db.close(), dump: () => db.dumpDataDir('none') as Promise<Blob> };
}
