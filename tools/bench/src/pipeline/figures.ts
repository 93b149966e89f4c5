import type { ProfileSummary } from './profile.js';

export interface PipelineFigures {
  /** What the simulator serves (refunds and subscriptions at the simulator's defaults). */
  dataset: { customers: number; charges: number; refunds: number; subscriptions: number; records: number };
  /** Every page with plain fetch + JSON.parse, from the bench process. */
  ceiling: {
    records: number;
    pages: number;
    ms: number;
    bytes: number;
    recordsPerSec: number;
    simulatorCpuMs: number;
    clientCpuMs: number;
  };
  sync: {
    status: string;
    error: string | null;
    created: number;
    updated: number;
    failed: number;
    pages: number;
    durationMs: number;
    recordsPerSec: number;
    storedCharges: number;
    /** process.resourceUsage().maxRSS of the sync process. */
    peakRssMb: number;
    /** Sampled every 50 ms during runSync. */
    peakHeapUsedMb: number;
    peakExternalMb: number;
    /** RSS and heap once everything is loaded and the database is ready, just before runSync. */
    rssBeforeSyncMb: number;
    heapUsedBeforeSyncMb: number;
    /** Heap after runSync and a forced GC: what the run left behind. */
    heapUsedAfterGcMb: number;
    /** CPU during runSync: the sync process, the simulator process, the database's backends. */
    cpuMs: number;
    simulatorCpuMs: number;
    pgCpuMs: number;
    /** Summed wall time of connector.sync calls (fetch + vendor schema per page; overlaps the writes). */
    connectorSyncMs: number;
    connectorSyncCalls: number;
  };
  ratios: { syncVsCeiling: number };
  targets: { recordsPerSec20k: boolean; rssUnder512: boolean };
  /** `--profile` only: each stage alone over all the data, then profiles of another runSync. */
  stages?: StageFigures;
  profile?: ProfileSummaries;
}

export interface ProfileSummaries {
  /** Self CPU time, ms. */
  cpu: ProfileSummary;
  /** Bytes allocated (sampled, including what the GC later freed). */
  allocations: ProfileSummary;
}

export interface StageFigure {
  ms: number;
  /** CPU of the stage process during the stage. */
  cpuMs: number;
  recordsPerSec: number;
}

export interface StageFigures {
  records: number;
  pages: number;
  /** connector.sync page after page: HTTP to the simulator, JSON, vendor schema, records. */
  source: StageFigure;
  /** addToBatch: mappings, canonical validation, dedupe. */
  transform: StageFigure;
  /** persistBatch per write: bulkUpsert through Prisma, dead letters, counts, cursor; with the database's CPU. */
  persist: StageFigure & { pgCpuMs: number };
}

/** The verdicts, from the figures (recomputed on the medians of several runs). */
export function pipelineTargets(f: Omit<PipelineFigures, 'targets'>): PipelineFigures {
  return { ...f, targets: { recordsPerSec20k: f.sync.recordsPerSec >= 20_000, rssUnder512: f.sync.peakRssMb < 512 } };
}

/** The figures whose spread over runs is printed. */
export const PIPELINE_HEADLINE: Record<string, (f: PipelineFigures) => number> = {
  'runSync, records/s': (f) => f.sync.recordsPerSec,
  'source ceiling, records/s': (f) => f.ceiling.recordsPerSec,
  'runSync vs ceiling': (f) => f.ratios.syncVsCeiling,
  'peak RSS of the sync process, MB': (f) => f.sync.peakRssMb,
};
