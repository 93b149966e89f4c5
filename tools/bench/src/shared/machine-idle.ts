import { existsSync, readFileSync } from 'node:fs';

/** The machine's CPU time so far (all cores, clock ticks): idle (with I/O wait) and the total. */
export interface CpuTimes {
  idle: number;
  total: number;
}

/**
 * The first line of /proc/stat (`cpu  user nice system idle iowait irq softirq steal ...`).
 *
 * @example
 * parseProcStat('cpu  100 0 50 800 50 0 0 0 0 0\n...') // { idle: 850, total: 1000 }
 */
export function parseProcStat(text: string): CpuTimes | undefined {
  const line = text.split('\n').find((l) => l.startsWith('cpu '));
  const fields = line?.trim().split(/\s+/).slice(1, 9).map(Number);
  if (!fields || fields.length < 5 || fields.some((n) => !Number.isFinite(n))) return undefined;
  return { idle: (fields[3] ?? 0) + (fields[4] ?? 0), total: fields.reduce((a, b) => a + b, 0) };
}

/** This machine's CPU times now (Linux), undefined elsewhere. */
export function cpuTimes(): CpuTimes | undefined {
  return existsSync('/proc/stat') ? parseProcStat(readFileSync('/proc/stat', 'utf8')) : undefined;
}

/**
 * The share of the machine's CPU left idle between two readings: near 0
 * means every process (this bench's and everyone else's) waited for a core,
 * so a run's wall time says more about the machine than about the code.
 */
export function idleShare(before: CpuTimes | undefined, after: CpuTimes | undefined): number | undefined {
  if (!before || !after || after.total <= before.total) return undefined;
  return (after.idle - before.idle) / (after.total - before.total);
}
