#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { createDatabase, DatabaseInUseError, migrate, type Database } from '@tributary/db';
import { issueApiToken } from '../auth/api-tokens.js';
import { addMember, createTenant, setPassword } from '../services/users.js';

const USAGE = `tributary: operations on a Tributary database (DATABASE_URL, or PGlite under TRIBUTARY_DATA_DIR)

  tributary migrate
  tributary tenant create <name> [--slug <slug>]
  tributary user create <email> --tenant <slug> --role admin|manager|viewer [--name <name>] [--password <password>]
  tributary user password <email> [--password <password>] [--keep-tokens]
      (without --password: read from standard input; ends the user's sessions and revokes their API tokens unless --keep-tokens)
  tributary token issue --email <email> --tenant <slug> --name <label>
`;

const out = (line: string) => process.stdout.write(`${line}\n`);

async function open(): Promise<Database> {
  const dataDir = resolve(process.env['TRIBUTARY_DATA_DIR'] ?? '.data');
  const db = await createDatabase({ url: process.env['DATABASE_URL'], dataDir: join(dataDir, 'pglite') });
  await migrate(db.sql);
  return db;
}

async function tenantId(db: Database, slug: string | undefined): Promise<string> {
  if (!slug) throw new Error('--tenant <slug> is required');
  const tenant = await db.prisma.tenant.findUnique({ where: { slug } });
  if (!tenant) throw new Error(`No tenant with slug "${slug}"`);
  return tenant.id;
}

/** The new password from standard input (one line; kept out of shell history and the process list). */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('New password (at least 10 characters), then Enter and Ctrl-D: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

type Options = Record<string, string | boolean | undefined>;
const str = (o: Options, k: string) => (typeof o[k] === 'string' ? (o[k] as string) : undefined);

async function run(args: string[], options: Options): Promise<void> {
  const [area, action, subject] = args;
  if (area === 'migrate') {
    const db = await open();
    out('Migrations are up to date.');
    await db.close();
    return;
  }
  const db = await open();
  let usage = false;
  try {
    if (area === 'tenant' && action === 'create' && subject) {
      const tenant = await createTenant(db.prisma, subject, str(options, 'slug'));
      out(`Created tenant ${tenant.name} (slug ${tenant.slug}, id ${tenant.id})`);
    } else if (area === 'user' && action === 'create' && subject) {
      const role = str(options, 'role');
      if (role !== 'admin' && role !== 'manager' && role !== 'viewer') throw new Error('--role must be admin, manager or viewer');
      await addMember(db.prisma, await tenantId(db, str(options, 'tenant')), {
        email: subject,
        role,
        name: str(options, 'name'),
        password: str(options, 'password'),
      });
      out(`${subject} is ${role} of ${str(options, 'tenant')}`);
    } else if (area === 'user' && action === 'password' && subject) {
      const password = str(options, 'password') ?? (await readPassword());
      const keepTokens = options['keep-tokens'] === true;
      const { sessionsEnded, tokensRevoked } = await setPassword(db.prisma, subject, password, { keepTokens });
      out(
        `Password changed for ${subject.toLowerCase()}; ${sessionsEnded} console session(s) signed out; ${keepTokens ? 'API tokens kept' : `${tokensRevoked} API token(s) revoked`}.`,
      );
    } else if (area === 'token' && action === 'issue') {
      const user = await db.prisma.user.findUnique({ where: { email: (str(options, 'email') ?? '').toLowerCase() } });
      if (!user) throw new Error('No user with that --email');
      const tid = await tenantId(db, str(options, 'tenant'));
      const { token } = await issueApiToken(db.prisma, user.id, tid, str(options, 'name') ?? 'cli');
      out(`API token (shown once; send it as "Authorization: Bearer <token>"):\n${token}`);
    } else {
      out(USAGE);
      usage = true;
    }
  } finally {
    await db.close();
  }
  // After close: closing PGlite (Emscripten's exit) resets process.exitCode.
  if (usage) process.exitCode = 2;
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    slug: { type: 'string' },
    tenant: { type: 'string' },
    role: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
    email: { type: 'string' },
    'keep-tokens': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help || positionals.length === 0) {
  out(USAGE);
} else {
  run(positionals, values).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    if (error instanceof DatabaseInUseError) {
      console.error(
        'Is the gateway running on it? Stop it (Ctrl-C) and run this again, or, while it runs, create API tokens in the console (Settings, API tokens) or with the createApiToken mutation.',
      );
    }
    process.exit(1);
  });
}
