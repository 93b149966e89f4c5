import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from './client.js';
import { DatabaseInUseError, lockPgliteDir } from './pglite-lock.js';

const dirs: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tributary-lock-'));
  dirs.push(dir);
  return join(dir, 'pglite');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('PGlite directory lock', () => {
  it('refuses a second open of the same directory until the first closes, and keeps the data', async () => {
    const dataDir = scratch();
    const first = await createDatabase({ dataDir });
    await first.sql.query('create table kept (n int)');
    await first.sql.query('insert into kept values (42)');
    expect(readFileSync(`${dataDir}.lock`, 'utf8').trim()).toBe(String(process.pid));

    await expect(createDatabase({ dataDir })).rejects.toBeInstanceOf(DatabaseInUseError);

    await first.close();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    const second = await createDatabase({ dataDir });
    try {
      expect(await second.sql.query<{ n: number }>('select n from kept')).toEqual([{ n: 42 }]);
    } finally {
      await second.close();
    }
  }, 90_000);

  it('is held against another live process and taken over once that process is gone', async () => {
    const dataDir = scratch();
    const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      writeFileSync(`${dataDir}.lock`, `${holder.pid}\n`);
      let thrown: unknown;
      try {
        lockPgliteDir(dataDir);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DatabaseInUseError);
      expect((thrown as DatabaseInUseError).pid).toBe(holder.pid);
      expect((thrown as Error).message).toMatch(/single-process.*DATABASE_URL/s);
    } finally {
      const exited = new Promise((resolve) => holder.once('exit', resolve));
      holder.kill('SIGKILL');
      await exited;
    }
    const release = lockPgliteDir(dataDir);
    expect(readFileSync(`${dataDir}.lock`, 'utf8').trim()).toBe(String(process.pid));
    release();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  }, 90_000);
});
