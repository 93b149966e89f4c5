import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlDriver } from './driver.js';

/** The advisory lock key Prisma Migrate itself takes, so the two never run at once. */
const PRISMA_ADVISORY_LOCK = 72707369;

const BOOKKEEPING = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

export interface MigrationFile {
  name: string;
  sql: string;
  /** sha256 hex of the file, as Prisma computes it. */
  checksum: string;
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | string | null;
}

/** `prisma/migrations` of this repository: TRIBUTARY_MIGRATIONS_DIR, or found by walking up. */
export function defaultMigrationsDir(): string {
  const fromEnv = process.env['TRIBUTARY_MIGRATIONS_DIR'];
  if (fromEnv) return resolve(fromEnv);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'prisma', 'migrations');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new MigrationError('Could not find prisma/migrations; set TRIBUTARY_MIGRATIONS_DIR');
}

/** The migration folders in order (`<timestamp>_<name>/migration.sql`). */
export function readMigrations(dir: string = defaultMigrationsDir()): MigrationFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name, 'migration.sql'));
      return { name, sql: bytes.toString('utf8'), checksum: createHash('sha256').update(bytes).digest('hex') };
    });
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: string[];
}

/**
 * Apply pending migrations in order, keeping Prisma's `_prisma_migrations`
 * bookkeeping so `prisma migrate deploy` agrees on a connected machine.
 * Refuses to run when an applied migration's file changed or a previous
 * run failed half-way.
 *
 * @example
 * await migrate(db.sql); // { applied: ['20261122000000_init'], alreadyApplied: [] }
 */
export async function migrate(driver: SqlDriver, dir?: string): Promise<MigrateResult> {
  const files = readMigrations(dir);
  return driver.session(async (s) => {
    await s.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK]);
    try {
      await s.exec(BOOKKEEPING);
      const applied = await s.query<AppliedRow>(
        'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at',
      );
      const done = checkApplied(files, applied);
      const result: MigrateResult = { applied: [], alreadyApplied: [...done] };
      for (const file of files.filter((f) => !done.has(f.name))) {
        await applyOne(s, file);
        result.applied.push(file.name);
      }
      return result;
    } finally {
      await s.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK]);
    }
  });
}

function checkApplied(files: MigrationFile[], applied: AppliedRow[]): Set<string> {
  const byName = new Map(files.map((f) => [f.name, f]));
  const done = new Set<string>();
  for (const row of applied) {
    if (row.finished_at === null) {
      throw new MigrationError(
        `Migration ${row.migration_name} failed in an earlier run. Fix the database, then mark it rolled back (prisma migrate resolve --rolled-back ${row.migration_name}).`,
      );
    }
    const file = byName.get(row.migration_name);
    if (file && file.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration ${row.migration_name} was modified after it was applied (checksum mismatch). Restore the file or add a new migration.`,
      );
    }
    done.add(row.migration_name);
  }
  return done;
}

async function applyOne(s: Pick<SqlDriver, 'exec' | 'query'>, file: MigrationFile): Promise<void> {
  const id = randomUUID();
  await s.query(
    'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)',
    [id, file.checksum, file.name],
  );
  try {
    await s.exec(`BEGIN;\n${file.sql}\n;COMMIT;`);
  } catch (error) {
    await s.exec('ROLLBACK;').catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    await s.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, message]);
    throw new MigrationError(`Migration ${file.name} failed: ${message}`);
  }
  await s.query('UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1', [id]);
}

export interface MigrationStatus {
  applied: number;
  pending: string[];
}

/** Which migrations are still pending (for readiness checks). */
export async function migrationStatus(driver: SqlDriver, dir?: string): Promise<MigrationStatus> {
  const files = readMigrations(dir);
  const exists = await driver.query<{ exists: boolean }>("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists");
  if (!exists[0]?.exists) return { applied: 0, pending: files.map((f) => f.name) };
  const rows = await driver.query<{ migration_name: string }>(
    'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
  );
  const done = new Set(rows.map((r) => r.migration_name));
  return { applied: done.size, pending: files.filter((f) => !done.has(f.name)).map((f) => f.name) };
}
