import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { z } from 'zod';

const run = promisify(execFile);
export const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * The environment for a child npm: without the npm_* variables that `npm test`
 * sets for its own run (workspace, prefix, script), which would make the child
 * act on this workspace instead of the directory it is given.
 */
function childEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
}

/** Run npm in `cwd` and return its stdout. */
export async function npm(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('npm', args, { cwd, env: childEnv(), maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

const PackResult = z.array(z.object({ filename: z.string(), name: z.string(), files: z.array(z.object({ path: z.string() })) }));

/** `npm pack` the package at `dir` (from the repository root) into `into`; the tarball's path and its file list. */
export async function pack(dir: string, into: string): Promise<{ tarball: string; files: string[] }> {
  const built = join(root, dir, 'dist', 'index.js');
  if (!existsSync(built)) throw new Error(`${dir} is not built (no dist/index.js): run npx nx run-many -t build first`);
  const [result] = PackResult.parse(JSON.parse(await npm(join(root, dir), ['pack', '--json', '--pack-destination', into])));
  if (!result) throw new Error(`npm pack ${dir} reported no tarball`);
  return { tarball: join(into, result.filename), files: result.files.map((f) => f.path) };
}
