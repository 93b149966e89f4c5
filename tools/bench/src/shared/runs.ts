/**
 * Several runs of a part: every figure as its median (the figure verdicts
 * are stated on) beside its minimum, so one disturbed run on a shared
 * machine neither makes nor breaks a target.
 */

/** Min / median / max of one figure over the runs. */
export interface Spread {
  min: number;
  median: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('spread of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { min: sorted[0] ?? 0, median, max: sorted[sorted.length - 1] ?? 0 };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The runs folded into one of the same shape: numbers become their median,
 * booleans the median too (the majority; a tie of an even count is true),
 * anything else is the first run's. Targets must be recomputed from the
 * medians afterwards.
 *
 * @example
 * medianRun([{ ms: 3, ok: true }, { ms: 1, ok: true }, { ms: 2, ok: false }]) // { ms: 2, ok: true }
 */
export function medianRun<T>(runs: readonly T[]): T {
  const [first] = runs;
  if (first === undefined) throw new Error('medianRun of no runs');
  return fold(runs) as T;
}

function fold(all: readonly unknown[]): unknown {
  // A figure only some runs have (the profile of the last one) is folded over those.
  const values = all.filter((v) => v !== undefined);
  const [first] = values;
  if (typeof first === 'number') return spread(values.filter((v): v is number => typeof v === 'number')).median;
  if (typeof first === 'boolean') return spread(values.map((v) => (v === true ? 1 : 0))).median >= 0.5;
  if (!isRecord(first)) return first;
  const folded: Record<string, unknown> = {};
  const keys = new Set(values.flatMap((v) => (isRecord(v) ? Object.keys(v) : [])));
  for (const key of keys) folded[key] = fold(values.map((v) => (isRecord(v) ? v[key] : undefined)));
  return folded;
}

/** Run `measure` `runs` times, one after another (they share the machine with nothing of ours). */
export async function repeat<T>(runs: number, measure: (run: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let run = 1; run <= runs; run++) results.push(await measure(run));
  return results;
}

/** A part's figures over several runs: the medians, the number of runs, and the spread of its headline figures. */
export type OverRuns<T> = T & { runs: number; spread: Record<string, Spread> };

/**
 * Fold a part's runs: the median run with its targets recomputed from the
 * medians (`retarget`), and min / median / max of each `headline` figure.
 */
export function overRuns<T>(runs: readonly T[], headline: Record<string, (f: T) => number>, retarget: (median: T) => T): OverRuns<T> {
  const median = retarget(medianRun(runs));
  const spreads: Record<string, Spread> = {};
  for (const [name, pick] of Object.entries(headline)) spreads[name] = spread(runs.map(pick));
  return { ...median, runs: runs.length, spread: spreads };
}
