import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ADMIN_DIR = resolve(import.meta.dirname, '..');
const REPO = resolve(ADMIN_DIR, '../..');
const DIST = join(ADMIN_DIR, 'dist');

export interface Gateway {
  url: string;
  admin: { email: string; password: string };
  close(): Promise<void>;
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

function waitForAdmin(child: ChildProcess, timeoutMs: number): Promise<{ email: string; password: string }> {
  return new Promise((done, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`The gateway did not start in ${timeoutMs} ms:\n${out}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /First admin \(shown once\): (\S+) \/ (\S+)/.exec(out);
      if (match?.[1] && match[2]) {
        clearTimeout(timer);
        done({ email: match[1], password: match[2] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`The gateway exited (${code}) before it was ready:\n${out}`)));
  });
}

/**
 * The gateway as `npm start` runs it (its own process: the console is
 * browser code and imports nothing of the server), on PGlite in a fresh
 * data directory, with the sandboxes, serving the console build; requests
 * to api.stripe.com reach the Stripe sandbox (e2e/vendor-routes.ts).
 */
export async function startGateway(): Promise<Gateway> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('apps/admin/dist is missing: run `npx nx build admin` first.');
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'tributary-console-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', TRIBUTARY_DATA_DIR: dataDir };
  Object.assign(env, { LOG_LEVEL: 'warn', TRIBUTARY_CONSOLE_DIR: DIST, NODE_ENV: 'test' });
  // A Stripe key that is not the sandbox's goes to api.stripe.com: answered by the sandbox (e2e/vendor-routes.ts).
  env['TRIBUTARY_E2E_VENDOR_ROUTES'] = JSON.stringify({ 'https://api.stripe.com': `http://127.0.0.1:${port}/sandbox/stripe` });
  // The services suites export these for other projects; this suite is the embedded default.
  for (const name of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'PUBLIC_URL', 'TRIBUTARY_CONSOLE_ORIGIN']) delete env[name];
  const args = [
    '--import',
    'tsx',
    '--import',
    pathToFileURL(join(ADMIN_DIR, 'e2e/vendor-routes.ts')).href,
    '--conditions=@tributary/source',
    'apps/gateway/src/main.ts',
  ];
  const child = spawn(process.execPath, args, {
    cwd: REPO,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The gateway's own output, for when a step fails: test-output/gateway.log.
  mkdirSync(join(ADMIN_DIR, 'test-output'), { recursive: true });
  const log = createWriteStream(join(ADMIN_DIR, 'test-output', 'gateway.log'));
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  child.once('exit', (code, signal) => log.write(`\n[gateway exited: code ${code}, signal ${signal}]\n`));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const admin = await waitForAdmin(child, 90_000);
    return { url: `http://127.0.0.1:${port}`, admin, close: stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
