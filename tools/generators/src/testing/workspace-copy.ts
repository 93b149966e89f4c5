import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

/** Build outputs worth copying (so `tsc --build` finds the dependencies built), besides the files git knows. */
const BUILT = /(^|\/)(dist|out-tsc)\/$|^libs\/db\/src\/generated\/$/;
/** Caches inside node_modules that tools write to: the copy gets its own. */
const CACHES = /^\.(vite|vite-temp|cache|package-lock\.json)/;
/** Terminal colours, in case a tool prints them anyway. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

export interface WorkspaceCopy {
  root: string;
  /** Run nx in the copy; rejects with the end of its output when it fails. */
  nx(args: readonly string[]): Promise<string>;
  /** Link a workspace package (`@tributary/connector-acme`) to its folder, as npm install does for a new workspace. */
  link(name: string, dir: string): void;
  /** Stop any nx still running there, and delete the copy. */
  remove(): void;
}

const git = (root: string, args: string[]) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\n')
    .filter(Boolean);

/**
 * `node_modules` of the copy: a directory of links to the workspace's
 * packages (nothing is copied or installed), except the workspace's own
 * packages, linked to the copy's libs as npm links them (relative links).
 */
function linkNodeModules(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    if (CACHES.test(entry)) continue;
    if (entry === '@tributary' || entry === '.bin') {
      mkdirSync(join(to, entry));
      for (const link of readdirSync(join(from, entry))) symlinkSync(readlinkSync(join(from, entry, link)), join(to, entry, link));
    } else {
      symlinkSync(join(from, entry), join(to, entry));
    }
  }
}

/**
 * Nx's caches of what its plugins inferred, keyed by the hashes of the
 * files they read (so they hold for the copy too): the copy's first project
 * graph is then not computed from nothing.
 */
function copyPluginCaches(source: string, root: string): void {
  const from = join(source, '.nx/workspace-data');
  if (!existsSync(from)) return;
  mkdirSync(join(root, '.nx/workspace-data'), { recursive: true });
  for (const file of readdirSync(from).filter((f) => /\.hash$|^parsed-lock-file\./.test(f)))
    copyFileSync(join(from, file), join(root, '.nx/workspace-data', file));
}

/** Run nx in the copy (in a process group of its own, so the tasks it starts can be stopped with it). */
function run(root: string, args: readonly string[], running: Set<ChildProcess>): Promise<string> {
  // The copy is a workspace of its own: no Nx or Vitest settings of the process running this test leak into it.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(NX_|VITEST)/.test(k)));
  const child = spawn(process.execPath, [join(root, 'node_modules/.bin/nx'), ...args], {
    cwd: root,
    detached: true,
    env: { ...env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true', CI: 'true', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  running.add(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      running.delete(child);
      output = output.replace(ANSI, '');
      if (code === 0) resolve(output);
      else reject(new Error(`nx ${args.join(' ')} failed (${code}) in ${root}:\n${output.split('\n').slice(-120).join('\n')}`));
    });
  });
}

/** Stop what is still running in the copy (a test that timed out): each nx process group started here. */
function stop(running: Set<ChildProcess>): void {
  for (const child of running) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // The group ended between the check and the signal.
    }
  }
  running.clear();
}

/**
 * A copy of the workspace in a temporary directory: the files git tracks
 * or would track (uncommitted changes included), the build outputs of the
 * libs (so builds of unchanged dependencies are up to date), and
 * node_modules as links to this checkout's packages. Generating and
 * building there leaves this checkout untouched.
 *
 * @example
 * const ws = copyWorkspace(workspaceRoot);
 * await ws.nx(['g', '@tributary/tools:connector', 'acme', '--auth', 'api_key', '--category', 'crm']);
 * ws.remove();
 */
export function copyWorkspace(source: string): WorkspaceCopy {
  const root = mkdtempSync(join(tmpdir(), 'tributary-generator-'));
  const ignored = git(source, ['ls-files', '--others', '--ignored', '--exclude-standard', '--directory']);
  const files = git(source, ['ls-files', '--cached', '--others', '--exclude-standard']).filter((path) => existsSync(join(source, path)));
  // tar keeps modification times (so tsc --build sees the copied outputs as up to date) and is much faster than a copy per file.
  execFileSync('sh', ['-c', 'tar --null -T - -cf - | tar -xf - -C "$0"', root], {
    cwd: source,
    input: [...files, ...ignored.filter((dir) => BUILT.test(dir))].join('\0'),
    maxBuffer: 64 * 1024 * 1024,
  });
  linkNodeModules(join(source, 'node_modules'), join(root, 'node_modules'));
  copyPluginCaches(source, root);
  for (const dir of ignored.filter((d) => /.\/node_modules\/$/.test(d))) linkNodeModules(join(source, dir), join(root, dir));
  const running = new Set<ChildProcess>();
  return {
    root,
    nx: (args) => run(root, args, running),
    link: (name, dir) => {
      const at = join(root, 'node_modules', name);
      symlinkSync(relative(dirname(at), join(root, dir)), at);
    },
    remove: () => {
      stop(running);
      rmSync(root, { recursive: true, force: true });
    },
  };
}
