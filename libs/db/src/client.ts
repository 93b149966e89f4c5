import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/prisma/client.js';
import { pgDriver, pgliteDriver, type SqlDriver } from './driver.js';
import { lockPgliteDir } from './pglite-lock.js';

export { PrismaClient };

export interface Database {
  readonly prisma: PrismaClient;
  readonly sql: SqlDriver;
  readonly kind: 'postgres' | 'pglite';
  /** Where the data lives, secret-free (no password). */
  readonly description: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL URL; when absent, the embedded PGlite is used. */
  url?: string | undefined;
  /** PGlite data directory; `memory://` (or undefined with `memory: true`) keeps it in memory. */
  dataDir?: string | undefined;
  memory?: boolean;
  /** Pool size for a PostgreSQL server. */
  poolSize?: number;
  /** Start an in-memory PGlite from a dump (`dumpDataDir`) instead of an empty cluster. */
  loadDataDir?: Blob;
}

/**
 * Create the Prisma client on the right driver adapter: `@prisma/adapter-pg`
 * when a URL is given (`DATABASE_URL`), otherwise PGlite (a WASM PostgreSQL)
 * under `dataDir` or in memory. A PGlite directory is held by one process at
 * a time (`DatabaseInUseError` otherwise; see pglite-lock.ts).
 *
 * @example
 * const db = await createDatabase({ url: process.env.DATABASE_URL, dataDir: '.data/pglite' });
 * await db.prisma.tenant.count();
 */
export async function createDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    const sql = pgDriver(pool);
    let closed: Promise<void> | undefined;
    return {
      prisma,
      sql,
      kind: 'postgres',
      description: describeUrl(options.url),
      // Idempotent: a database handed to a runtime is closed by it and again by its owner.
      close: () =>
        (closed ??= (async () => {
          await prisma.$disconnect();
          await sql.close();
        })()),
    };
  }
  const inMemory = options.memory === true || options.dataDir === undefined || options.dataDir === 'memory://';
  const dataDir = inMemory ? undefined : options.dataDir;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // Released on close (or when the process exits); in memory there is nothing to share.
  const unlock = dataDir ? lockPgliteDir(dataDir) : undefined;
  let lite: PGlite;
  try {
    lite = inMemory ? new PGlite(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}) : new PGlite(options.dataDir);
    await lite.waitReady;
  } catch (error) {
    unlock?.();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(lite) });
  const sql = pgliteDriver(lite);
  return {
    prisma,
    sql,
    kind: 'pglite',
    description: inMemory ? 'PGlite (in memory)' : `PGlite (${options.dataDir})`,
    close: async () => {
      try {
        await prisma.$disconnect();
        await sql.close();
      } finally {
        unlock?.();
      }
    },
  };
}

function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}
