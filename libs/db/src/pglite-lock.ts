import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';

/**
 * PGlite runs PostgreSQL inside one process, without the postmaster's
 * `postmaster.pid` interlock: a second process opening the same data
 * directory would write the same files underneath the first and corrupt
 * them. Every process that opens a PGlite directory therefore holds
 * `<dataDir>.lock` (its pid) until it closes; a lock whose process is gone
 * is stale and taken over.
 */
export class DatabaseInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The PGlite database ${dataDir} is in use by process ${pid}. PGlite is single-process: stop that process first, ` +
        'or run against a PostgreSQL server (DATABASE_URL) to share the database between processes.',
    );
    this.name = 'DatabaseInUseError';
  }
}

/** Take the lock on a PGlite directory; returns the release function (idempotent, also run on process exit). */
export function lockPgliteDir(dataDir: string): () => void {
  const file = `${dataDir}.lock`;
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const holder = readHolder(file);
      if (holder !== undefined && isAlive(holder)) throw new DatabaseInUseError(dataDir, holder);
      unlinkQuietly(file);
    }
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (readHolder(file) === process.pid) unlinkQuietly(file);
  };
  process.on('exit', release);
  return release;
}

function readHolder(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}
