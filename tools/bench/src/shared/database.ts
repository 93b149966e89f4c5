import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDatabase, migrate, type Database } from '@tributary/db';

/** The PostgreSQL server to bench against (the test server's URL; run.sh starts it). */
export function serverUrl(): string {
  const url = process.env['TRIBUTARY_TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'];
  if (!url)
    throw new Error(
      'The bench needs a PostgreSQL server: run it through `npm run bench` (tools/bench/run.sh starts one) or set DATABASE_URL.',
    );
  return url;
}

export interface BenchDatabase {
  /** URL of the throwaway database. */
  url: string;
  /** A fresh Prisma client and pool on it (each phase opens its own and closes it). */
  open(): Promise<Database>;
  /** Drop the database. */
  dispose(): Promise<void>;
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A migrated throwaway database on the server, dropped by `dispose`.
 *
 * @example
 * const bench = await createBenchDatabase('persist');
 * const db = await bench.open();
 */
export async function createBenchDatabase(label: string): Promise<BenchDatabase> {
  const admin = serverUrl();
  const name = `tributary_bench_${label}_${randomBytes(4).toString('hex')}`;
  await adminQuery(admin, `CREATE DATABASE "${name}"`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const bench: BenchDatabase = {
    url: url.toString(),
    open: () => createDatabase({ url: url.toString() }),
    dispose: () => adminQuery(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
  try {
    const db = await bench.open();
    await migrate(db.sql);
    await db.close();
  } catch (error) {
    await bench.dispose();
    throw error;
  }
  return bench;
}
