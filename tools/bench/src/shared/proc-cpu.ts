import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

function readClockTicks(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

/** Kernel clock ticks per second (the unit of /proc/<pid>/stat times). */
const CLOCK_TICKS = readClockTicks();

/**
 * CPU time (user + system, ms) a local process has used, from /proc (Linux);
 * undefined when it cannot be read (another host, another OS, gone).
 */
export function processCpuMs(pid: number): number | undefined {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return undefined;
  try {
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const stat = readFileSync(file, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / CLOCK_TICKS : undefined;
  } catch {
    return undefined;
  }
}

/** CPU used by `pids` since `before` was taken (pids missing from `before` count from zero). */
export function cpuSince(before: ReadonlyMap<number, number>, after: ReadonlyMap<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/** CPU per pid, for the pids that can be read. */
export function cpuOf(pids: readonly number[]): Map<number, number> {
  const map = new Map<number, number>();
  for (const pid of pids) {
    const ms = processCpuMs(pid);
    if (ms !== undefined) map.set(pid, ms);
  }
  return map;
}
