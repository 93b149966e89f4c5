import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseObject, type JsonObject } from '../shared/json.js';

/** The repository root (workspace packages resolve from here). */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** A TypeScript child process that talks in JSON lines on stdout (stderr passes through). */
export interface JsonChild {
  readonly pid: number | undefined;
  /** The next JSON line it prints. */
  next(): Promise<JsonObject>;
  /** Write one line to its stdin. */
  send(line: string): void;
  /** Close its stdin (the simulator stops then) and wait for it to exit. */
  stop(): Promise<number | null>;
  exited: Promise<number | null>;
}

/**
 * Run `script` with tsx and the workspace's source condition, in a
 * separate Node process (its own heap and RSS). `nodeArgs` go to Node
 * itself (e.g. `--cpu-prof`).
 */
export function startTsx(script: URL, args: readonly string[], nodeArgs: readonly string[] = []): JsonChild {
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeArgs, '--conditions=@tributary/source', '--import', 'tsx', fileURLToPath(script), ...args],
    { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'inherit'], env: process.env },
  );
  const exited = once(child, 'exit').then(([code]) => (typeof code === 'number' ? code : null));
  exited.catch(() => undefined);
  if (!child.stdout || !child.stdin) throw new Error('child process has no stdio pipes');
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const stdin = child.stdin;
  return {
    pid: child.pid,
    next: async () => {
      const line = await lines.next();
      if (line.done) throw new Error(`${fileURLToPath(script)} exited (code ${String(await exited)}) before printing its result`);
      return parseObject(line.value);
    },
    send: (line) => {
      stdin.write(`${line}\n`);
    },
    stop: async () => {
      stdin.end();
      return exited;
    },
    exited,
  };
}
