import { load, rssMb, type LoadResult, type LoadTarget } from './load.js';

export interface SoakFigures {
  seconds: number;
  /** RSS after warm-up and the measured runs, before the soak. */
  beforeMb: number;
  peakMb: number;
  /** RSS at the end of the load. */
  endMb: number;
  /** RSS after 20 s idle. */
  idleMb: number;
  /** Least-squares slope of RSS over the second half of the soak (MB per minute): about 0 when memory levels off. */
  secondHalfSlopeMbPerMin: number;
  samples: { atSeconds: number; rssMb: number }[];
  load: LoadResult;
}

function slopePerMinute(points: { atSeconds: number; rssMb: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.atSeconds, 0) / n;
  const my = points.reduce((s, p) => s + p.rssMb, 0) / n;
  const num = points.reduce((s, p) => s + (p.atSeconds - mx) * (p.rssMb - my), 0);
  const den = points.reduce((s, p) => s + (p.atSeconds - mx) ** 2, 0);
  return den > 0 ? (num / den) * 60 : 0;
}

/**
 * Sustained load for `seconds` while the gateway's RSS is sampled every
 * 5 s, then 20 s idle: does memory level off (a slope near 0 in the second
 * half, and given back or flat when idle) or keep growing?
 */
export async function soak(pid: number, target: LoadTarget, connections: number, seconds: number): Promise<SoakFigures> {
  const beforeMb = rssMb(pid);
  const started = Date.now();
  const samples: { atSeconds: number; rssMb: number }[] = [];
  const timer = setInterval(() => samples.push({ atSeconds: (Date.now() - started) / 1000, rssMb: rssMb(pid) }), 5_000);
  let result: LoadResult;
  try {
    result = await load(target, connections, seconds);
  } finally {
    clearInterval(timer);
  }
  const endMb = rssMb(pid);
  await new Promise((r) => setTimeout(r, 20_000));
  const secondHalf = samples.filter((s) => s.atSeconds >= seconds / 2);
  return {
    seconds,
    beforeMb,
    peakMb: Math.max(beforeMb, endMb, ...samples.map((s) => s.rssMb)),
    endMb,
    idleMb: rssMb(pid),
    secondHalfSlopeMbPerMin: slopePerMinute(secondHalf),
    samples,
    load: result,
  };
}
