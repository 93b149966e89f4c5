import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDatabase } from '@tributary/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenHash, verifyPassword } from '../auth/secrets.js';

const REPO = resolve(import.meta.dirname, '../../../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The `tributary` ops CLI as `npm run tributary` runs it, on a PGlite directory of its own. */
function tributary(dataDir: string, args: string[], stdin?: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, TRIBUTARY_DATA_DIR: dataDir };
  delete env['DATABASE_URL'];
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@tributary/source', 'apps/gateway/src/cli/main.ts', ...args], {
    cwd: REPO,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin.end(stdin ?? '');
  return new Promise((done) => child.once('close', (code) => done({ code, stdout, stderr })));
}

describe('tributary ops CLI', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tributary-cli-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });
  const open = () => createDatabase({ dataDir: join(dataDir, 'pglite') });

  it('creates a tenant and a user, resets the password from stdin, issues a token that works', async () => {
    const tenant = await tributary(dataDir, ['tenant', 'create', 'Acme Corp', '--slug', 'acme']);
    expect(tenant).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Created tenant Acme Corp \(slug acme, id [0-9a-f-]{36}\)/) });
    const user = await tributary(dataDir, [
      'user',
      'create',
      'Ada@Example.com',
      '--tenant',
      'acme',
      '--role',
      'manager',
      '--password',
      'first-password-1',
    ]);
    expect(user).toMatchObject({ code: 0, stdout: 'Ada@Example.com is manager of acme\n' });

    const reset = await tributary(dataDir, ['user', 'password', 'ada@example.com'], 'second-password-2\n');
    expect(reset).toMatchObject({
      code: 0,
      stdout: 'Password changed for ada@example.com; 0 console session(s) signed out; 0 API token(s) revoked.\n',
    });
    const short = await tributary(dataDir, ['user', 'password', 'ada@example.com', '--password', 'short']);
    expect(short).toMatchObject({ code: 1, stderr: expect.stringContaining('at least 10 characters') });
    const unknown = await tributary(dataDir, ['user', 'password', 'nobody@example.com', '--password', 'long-enough-pass']);
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringContaining('No user with that email') });

    const issued = await tributary(dataDir, ['token', 'issue', '--email', 'ada@example.com', '--tenant', 'acme', '--name', 'ci']);
    expect(issued.code).toBe(0);
    const token = issued.stdout.trim().split('\n').at(-1) ?? '';
    expect(token).toMatch(/^trb_/);

    const db = await open();
    try {
      const stored = await db.prisma.user.findUniqueOrThrow({ where: { email: 'ada@example.com' }, include: { memberships: true } });
      expect(await verifyPassword('second-password-2', stored.passwordHash)).toBe(true);
      expect(await verifyPassword('first-password-1', stored.passwordHash)).toBe(false);
      expect(stored.memberships.map((m) => m.role)).toEqual(['manager']);
      const row = await db.prisma.apiToken.findUniqueOrThrow({ where: { tokenHash: tokenHash(token) } });
      expect(row).toMatchObject({ userId: stored.id, tenantId: stored.memberships[0]?.tenantId, name: 'ci', revokedAt: null });
    } finally {
      await db.close();
    }
  });

  it('refuses a PGlite directory another process has open, with what to do instead', async () => {
    const db = await open();
    try {
      const run = await tributary(dataDir, ['migrate']);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/in use by process \d+/);
      expect(run.stderr).toContain('Is the gateway running on it?');
    } finally {
      await db.close();
    }
    expect(await tributary(dataDir, ['migrate'])).toMatchObject({ code: 0, stdout: 'Migrations are up to date.\n' });
  });

  it('prints the usage and exits 2 for an unknown command', async () => {
    const run = await tributary(dataDir, ['user', 'delete', 'ada@example.com']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('tributary user password <email>');
  });
});
