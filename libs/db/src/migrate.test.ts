import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from './client.js';
import { defaultMigrationsDir, migrate, migrationStatus, readMigrations } from './migrate.js';

const copyMigrations = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tributary-migrations-'));
  cpSync(defaultMigrationsDir(), dir, { recursive: true });
  return dir;
};

describe('migrate', () => {
  let db: Database | undefined;
  afterEach(async () => db?.close());

  it("applies every migration once and keeps Prisma's bookkeeping", async () => {
    db = await createDatabase({ memory: true });
    const files = readMigrations();
    expect((await migrationStatus(db.sql)).pending).toEqual(files.map((f) => f.name));
    const first = await migrate(db.sql);
    expect(first.applied).toEqual(files.map((f) => f.name));
    const rows = await db.sql.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
      id: string;
    }>('SELECT * FROM "_prisma_migrations" ORDER BY started_at');
    const init = files[0];
    expect(init).toBeDefined();
    const sha = createHash('sha256')
      .update(readFileSync(join(defaultMigrationsDir(), init?.name ?? '', 'migration.sql')))
      .digest('hex');
    expect(rows[0]).toMatchObject({ migration_name: init?.name, checksum: sha, applied_steps_count: 1 });
    expect(rows[0]?.finished_at).not.toBeNull();
    expect(rows[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await migrate(db.sql)).toEqual({ applied: [], alreadyApplied: files.map((f) => f.name) });
    expect((await migrationStatus(db.sql)).pending).toEqual([]);
  }, 90_000);

  it('applies only the new migration when one is added', async () => {
    const dir = copyMigrations();
    db = await createDatabase({ memory: true });
    await migrate(db.sql, dir);
    mkdirSync(join(dir, '29990101000000_add_note'));
    writeFileSync(join(dir, '29990101000000_add_note', 'migration.sql'), 'ALTER TABLE "tenants" ADD COLUMN "note" TEXT;\n');
    expect((await migrate(db.sql, dir)).applied).toEqual(['29990101000000_add_note']);
    const cols = await db.sql.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'tenants'",
    );
    expect(cols.map((c) => c.column_name)).toContain('note');
  });

  it('refuses to run when an applied migration file changed', async () => {
    const dir = copyMigrations();
    db = await createDatabase({ memory: true });
    await migrate(db.sql, dir);
    const name = readMigrations(dir)[0]?.name ?? '';
    writeFileSync(join(dir, name, 'migration.sql'), `${readFileSync(join(dir, name, 'migration.sql'), 'utf8')}\n-- edited\n`);
    await expect(migrate(db.sql, dir)).rejects.toThrow(/modified after it was applied/);
  });

  it('records a failed migration, rolls back its statements, and refuses to continue until resolved', async () => {
    const dir = copyMigrations();
    db = await createDatabase({ memory: true });
    await migrate(db.sql, dir);
    mkdirSync(join(dir, '29990101000000_broken'));
    writeFileSync(join(dir, '29990101000000_broken', 'migration.sql'), 'CREATE TABLE "half" (id int);\nSELECT * FROM "no_such_table";\n');
    await expect(migrate(db.sql, dir)).rejects.toThrow(/29990101000000_broken failed/);
    const half = await db.sql.query<{ exists: boolean }>("SELECT to_regclass('half') IS NOT NULL AS exists");
    expect(half[0]?.exists).toBe(false);
    const row = await db.sql.query<{ finished_at: Date | null; logs: string }>(
      `SELECT finished_at, logs FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`,
    );
    expect(row[0]?.finished_at).toBeNull();
    expect(row[0]?.logs).toMatch(/no_such_table/);
    await expect(migrate(db.sql, dir)).rejects.toThrow(/failed in an earlier run/);
  });
});
