import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../pipeline/child.js';

/** A gateway started as `npm start` starts it (tsx, apps/gateway/src/main.ts), in production mode, on the bench database. */
export interface BenchGateway {
  url: string;
  pid: number;
  /** A personal API token of the first admin. */
  token: string;
  /** Where it wrote its V8 CPU profile (with `profile`), once stopped. */
  profileDir: string | undefined;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

async function waitForAdmin(logFile: string, exited: () => boolean, timeoutMs = 120_000): Promise<{ email: string; password: string }> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const match = /First admin \(shown once\): (\S+) \/ (\S+)/.exec(readFileSync(logFile, 'utf8'));
    if (match?.[1] && match[2]) return { email: match[1], password: match[2] };
    if (exited()) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The gateway did not start:\n${readFileSync(logFile, 'utf8').slice(-4000)}`);
}

/** Sign in as the first admin and create a token, over HTTP as a client would. */
async function issueToken(url: string, admin: { email: string; password: string }): Promise<string> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  const cookie = /tributary_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error(`Sign-in failed: ${login.status}`);
  const created = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      query: 'mutation { createApiToken(name: "bench") { ... on MutationCreateApiTokenSuccess { data { token } } } }',
    }),
  });
  const token = /"token":"(trb_[A-Za-z0-9_-]+)"/.exec(await created.text())?.[1];
  if (!token) throw new Error('createApiToken gave no token');
  return token;
}

/**
 * Start the gateway on `databaseUrl` with extra environment (the auth cache
 * setting under test). Its log goes to a file: the bench reads only the
 * first admin's login from it, and a pipe would make the bench's own
 * process pay for reading every access-log line.
 */
export async function startBenchGateway(
  databaseUrl: string,
  env: Record<string, string>,
  options: { profile?: boolean } = {},
): Promise<BenchGateway> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'tributary-bench-gw-'));
  const logFile = join(dir, 'gateway.log');
  const fd = openSync(logFile, 'w');
  const profileDir = options.profile ? join(dir, 'profile') : undefined;
  const vars: NodeJS.ProcessEnv = {
    ...process.env,
    ...env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
  };
  Object.assign(vars, { TRIBUTARY_DATA_DIR: dir, TRIBUTARY_SANDBOX: 'off', CONNECTOR_ENCRYPTION_KEY: randomBytes(32).toString('hex') });
  for (const name of ['TEMPORAL_ADDRESS', 'PUBLIC_URL', 'TRIBUTARY_CONSOLE_ORIGIN']) delete vars[name];
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...nodeArgs, '--conditions=@tributary/source', '--import', 'tsx', 'apps/gateway/src/main.ts'], {
    cwd: REPO_ROOT,
    env: vars,
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  };
  try {
    const url = `http://127.0.0.1:${port}`;
    const token = await issueToken(url, await waitForAdmin(logFile, () => child.exitCode !== null));
    return { url, pid: child.pid ?? 0, token, profileDir, stop };
  } catch (error) {
    await stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
