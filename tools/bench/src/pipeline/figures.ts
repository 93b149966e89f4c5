import { temporalVsInProcess, type TemporalPathFigures } from './temporal.js';
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
    /** cpuMs over the records written, in microseconds: what the pipeline costs per record. */
    cpuUsPerRecord: number;
    simulatorCpuMs: number;
    pgCpuMs: number;
    /** Summed wall time of connector.sync calls (fetch + vendor schema per page; overlaps the writes). */
    connectorSyncMs: number;
    connectorSyncCalls: number;
  };
  /** The same sync on the Temporal path (when TEMPORAL_ADDRESS is set or --temporal). */
  temporal?: TemporalPathFigures;
  ratios: { syncVsCeiling: number; temporalVsInProcess?: number };
  targets: { recordsPerSec20k: boolean; rssUnder512: boolean; temporalWithin1_5x?: boolean };
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
  const temporal = f.temporal ? temporalVsInProcess(f.temporal, f.sync) : undefined;
  return {
    ...f,
    ratios: { ...f.ratios, ...(temporal ? { temporalVsInProcess: temporal.ratio } : {}) },
    targets: {
      recordsPerSec20k: f.sync.recordsPerSec >= 20_000,
      rssUnder512: f.sync.peakRssMb < 512,
      ...(temporal ? { temporalWithin1_5x: temporal.within1_5x } : {}),
    },
  };
}

/** The figures whose spread over runs is printed. */
export const PIPELINE_HEADLINE: Record<string, (f: PipelineFigures) => number> = {
  'runSync, records/s': (f) => f.sync.recordsPerSec,
  'source ceiling, records/s': (f) => f.ceiling.recordsPerSec,
  'runSync vs ceiling': (f) => f.ratios.syncVsCeiling,
  'CPU of the sync process per record, us': (f) => f.sync.cpuUsPerRecord,
  'peak RSS of the sync process, MB': (f) => f.sync.peakRssMb,
  'Temporal path vs in-process, x (wall time)': (f) => f.ratios.temporalVsInProcess ?? 0,
};
