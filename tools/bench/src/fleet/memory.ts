/** How a memory series moves once warmed up: the "memory flat", as figures. */
export interface MemoryTrend {
  start: number;
  end: number;
  max: number;
  /** Mean over the steady part (after the first third of the run). */
  steadyMean: number;
  /** Least-squares slope over the steady part, MB per minute. */
  slopeMbPerMin: number;
  /** The slope over the steady part's length, as a share of its mean (0.05: grew 5%). */
  steadyGrowth: number;
  /** Steady growth under 5% of the steady mean. */
  flat: boolean;
}

/** Least-squares slope of `ys` sampled every `stepMin` minutes (0 with fewer than two samples). */
export function slopePerMinute(ys: readonly number[], stepMin: number): number {
  const n = ys.length;
  if (n < 2 || stepMin <= 0) return 0;
  const meanX = ((n - 1) * stepMin) / 2;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, i) => {
    const dx = i * stepMin - meanX;
    num += dx * (y - meanY);
    den += dx * dx;
  });
  return num / den;
}

/**
 * The trend of samples taken every `everyMs`: the first third of the run is
 * warm-up (V8 grows its heap to the working set, pools and caches fill), the
 * rest is steady; memory is flat when the steady part's fitted growth stays
 * under 5% of its mean.
 *
 * @example
 * memoryTrend([100, 300, 400, 400, 401, 400], 60_000).flat // true
 */
export function memoryTrend(samples: readonly number[], everyMs: number): MemoryTrend {
  const steady = samples.slice(Math.floor(samples.length / 3));
  const stepMin = everyMs / 60_000;
  const steadyMean = steady.length > 0 ? steady.reduce((a, b) => a + b, 0) / steady.length : 0;
  const slopeMbPerMin = slopePerMinute(steady, stepMin);
  const steadyMinutes = Math.max(0, steady.length - 1) * stepMin;
  const steadyGrowth = steadyMean > 0 ? (slopeMbPerMin * steadyMinutes) / steadyMean : 0;
  return {
    start: samples[0] ?? 0,
    end: samples.at(-1) ?? 0,
    max: Math.max(0, ...samples),
    steadyMean,
    slopeMbPerMin,
    steadyGrowth,
    flat: steady.length >= 2 && steadyGrowth < 0.05,
  };
}
