import type { VendorFlags } from './conditions.js';

/** One full Stripe sync against the simulator behind vendor conditions. */
export interface VendorRun {
  /** Slices read at once: 1 is today's page-at-a-time walk; undefined is the connector's declared concurrency. */
  concurrency: number | 'declared';
  status: string;
  error: string | null;
  records: number;
  pages: number;
  durationMs: number;
  /** Counted at the simulator: every request, and the 429s it answered. */
  requests: number;
  limited: number;
  /** When each 429 came, ms after the run's first request. */
  limitedAtMs: number[];
  /** requests / rate: the shortest the run could take within the vendor's limit (0 without a rate). */
  idealMs: number;
  /** idealMs / durationMs: how much of what the limit allows the run used. */
  ofIdeal: number;
  cpuMs: number;
  /** CPU of the simulator (the vendor) and of the PostgreSQL backends during the run: the whole chain on this machine. */
  simulatorCpuMs: number;
  pgCpuMs: number;
  /** The machine's CPU left idle during the run (all cores, everyone's work; -1 unknown): near 0, the run waited for CPU. */
  machineIdle: number;
}

export interface VendorFigures {
  conditions: VendorFlags;
  dataset: { customers: number; charges: number; refunds: number; subscriptions: number; records: number };
  sequential: VendorRun;
  partitioned: VendorRun;
  /** `--slices N`: the same partitioned sync with N slices at once (diagnosis; no verdict). */
  wider?: VendorRun;
  /** Wall time of the sequential walk over the partitioned one (how many times faster). */
  speedup: number;
  targets: {
    /** The partitioned run within 80% of what the rate limit allows. */
    within80PercentOfIdeal: boolean;
    /** At 100,000 charges and 25/s: under 50 s (the issue's figure). */
    under50s: boolean | null;
    /** No 429 beyond the first probe. */
    atMostOne429: boolean;
  };
}

/**
 * The ideal and its share for a run, from what the sync and the simulator counted.
 *
 * @example
 * idealOf({ requests: 1_000, durationMs: 50_000 }, 25) // { idealMs: 40_000, ofIdeal: 0.8 }
 */
export function idealOf(run: { requests: number; durationMs: number }, rate: number | undefined): { idealMs: number; ofIdeal: number } {
  if (!rate) return { idealMs: 0, ofIdeal: 0 };
  const idealMs = (run.requests / rate) * 1000;
  return { idealMs, ofIdeal: run.durationMs > 0 ? idealMs / run.durationMs : 0 };
}

/** The verdicts, on the partitioned run (the sequential one is the baseline). */
export function vendorTargets(partitioned: VendorRun, flags: VendorFlags, charges: number): VendorFigures['targets'] {
  const issueSetting = charges === 100_000 && flags.rate === 25 && flags.latencyMs === 200;
  return {
    within80PercentOfIdeal: partitioned.ofIdeal >= 0.8,
    under50s: issueSetting ? partitioned.durationMs < 50_000 : null,
    atMostOne429: partitioned.limited <= 1,
  };
}

/** The figures whose spread over runs is printed. */
export const VENDOR_HEADLINE: Record<string, (f: VendorFigures) => number> = {
  'sequential, seconds': (f) => f.sequential.durationMs / 1000,
  'partitioned, seconds': (f) => f.partitioned.durationMs / 1000,
  'partitioned vs sequential, x': (f) => f.speedup,
  'partitioned, share of the ideal': (f) => f.partitioned.ofIdeal,
  'partitioned, 429s': (f) => f.partitioned.limited,
};

/** The verdicts on the median run. */
export function retargetVendor(f: VendorFigures): VendorFigures {
  return { ...f, targets: vendorTargets(f.partitioned, f.conditions, f.dataset.charges) };
}
