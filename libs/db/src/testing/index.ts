import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { createDatabase, type Database } from '../client.js';
import { defaultMigrationsDir, migrate, readMigrations } from '../migrate.js';

export interface TestDatabase extends Database {
  /** Close and, on a server, drop the throwaway database. */
  dispose(): Promise<void>;
  /** On a server: the throwaway database's URL, for another process to share it. */
  url?: string;
}

/** The PostgreSQL server the services suites use; they fail (never skip) without it. */
export function requireServerUrl(): string {
  const url = process.env['TRIBUTARY_TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'];
  if (!url) {
    throw new Error(
      'This suite needs a PostgreSQL server: run it through `npm run test:services` (tools/services/postgres.sh starts one) or set TRIBUTARY_TEST_DATABASE_URL.',
    );
  }
  return url;
}

/**
 * A migrated, empty database for one test file: in-memory PGlite by
 * default, or a throwaway database on a PostgreSQL server when
 * `server: true` or TRIBUTARY_DB_TARGET=server (dropped again by `dispose`).
 *
 * @example
 * const db = await createTestDatabase();
 * afterAll(() => db.dispose());
 */
export async function createTestDatabase(options: { server?: boolean } = {}): Promise<TestDatabase> {
  const server = options.server ?? process.env['TRIBUTARY_DB_TARGET'] === 'server';
  if (!server) {
    const db = await createDatabase({ memory: true, loadDataDir: await migratedSnapshot() });
    await migrate(db.sql);
    return { ...db, dispose: () => db.close() };
  }
  const adminUrl = requireServerUrl();
  const name = `tributary_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await createDatabase({ url: url.toString() });
  await migrate(db.sql);
  return {
    ...db,
    url: url.toString(),
    dispose: async () => {
      await db.close();
      await dropTestDatabase(adminUrl, name);
    },
  };
}

/**
 * Drop a throwaway database once its sessions are gone. A closed pg pool
 * resolves `end()` before its clients' sockets have closed; a `DROP … WITH
 * (FORCE)` that lands in between terminates them, and the FATAL message
 * reaches a client that no longer has an error listener: an uncaught
 * exception that fails the suite. So wait (up to 5 s) for the sessions to
 * leave, then force whatever is left.
 *
 * @example
 * await db.close(); await dropTestDatabase(adminUrl, 'tributary_t_0123');
 */
export async function dropTestDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const sessions = async () =>
      Number((await admin.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1', [name])).rows[0]?.n ?? 0);
    for (let waited = 0; waited < 5_000 && (await sessions()) > 0; waited += 50) await new Promise((r) => setTimeout(r, 50));
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** A tenant with a unique slug. */
export async function seedTenant(db: Database, name = 'Acme'): Promise<{ id: string; slug: string }> {
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomBytes(3).toString('hex')}`;
  const tenant = await db.prisma.tenant.create({ data: { name, slug } });
  return { id: tenant.id, slug: tenant.slug };
}

/** A connector row for a tenant (config already encrypted, or none). */
export async function seedConnector(
  db: Database,
  tenantId: string,
  data: {
    type: string;
    name?: string;
    config?: string;
    status?: 'disconnected' | 'connected' | 'syncing' | 'error';
    settings?: Record<string, unknown>;
  },
): Promise<{ id: string }> {
  const connector = await db.prisma.connector.create({
    data: {
      tenantId,
      type: data.type,
      name: data.name ?? data.type,
      config: data.config ?? null,
      status: data.status ?? 'connected',
      settings: (data.settings ?? {}) as object,
    },
  });
  return { id: connector.id };
}

/**
 * A dump of a freshly migrated PGlite, cached on disk by migration checksums
 * and PGlite version: booting PGlite runs initdb in WASM (seconds), loading
 * a dump takes a fraction of that.
 */
async function migratedSnapshot(): Promise<Blob> {
  const require = createRequire(import.meta.url);
  const pkg = join(dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json');
  const version = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  const key = createHash('sha256')
    .update(version)
    .update(
      readMigrations()
        .map((m) => `${m.name}:${m.checksum}`)
        .join(),
    )
    .digest('hex')
    .slice(0, 16);
  const file = join(dirname(defaultMigrationsDir()), '..', 'node_modules', '.cache', 'tributary', `pglite-${key}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const db = await createDatabase({ memory: true });
  await migrate(db.sql);
  const lite = (db.sql as { dump?: () => Promise<Blob> }).dump;
  if (!lite) throw new Error('PGlite driver cannot dump');
  const dump = await lite();
  await db.close();
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
  renameSync(tmp, file);
  return dump;
}
