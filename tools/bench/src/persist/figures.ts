/** One measured step of the persist bench. */
export interface Step {
  rows: number;
  ms: number;
  rowsPerSec: number;
  /** CPU of the PostgreSQL backends during the step (0 when /proc cannot be read). */
  pgCpuMs: number;
  /** CPU of the bench process (the client) during the step. */
  clientCpuMs: number;
}

export interface ResyncChecks {
  created: number;
  updated: number;
  /** max(updated_at) and the digest of every row's updated_at are unchanged. */
  updatedAtMoved: boolean;
  /** Some row got a new version (xmin or ctid changed): it was rewritten. */
  rowVersionsChanged: boolean;
  /** pg_stat_user_tables.n_tup_upd / n_tup_ins growth for charges; null when statistics were not flushed. */
  nTupUpd: number | null;
  nTupIns: number | null;
}

export interface PersistFigures {
  rows: number;
  batch: number;
  /** Average `JSON.stringify` UTF-8 size of a row ({ record, raw }), a record, a raw row. */
  bytes: { row: number; record: number; raw: number };
  firstInsert: Step & { created: number; updated: number };
  resync: Step & ResyncChecks;
  prismaLoop: Step;
  /** Binary COPY into a scratch table LIKE charges INCLUDING ALL (same columns, defaults and indexes). */
  copy: Step;
  /** The same COPY into a scratch table with the same columns and no indexes. */
  copyNoIndexes: Step;
  diagnosis: {
    /** `upsertPayload` alone (JS: one JSON.stringify per batch). */
    paramsOnly: { ms: number; rowsPerSec: number };
    /** Transactions committed during the Prisma loop, per row (pg_stat_database.xact_commit). */
    prismaLoopCommitsPerRow: number;
    /** The same bulkUpsert sent through Prisma's raw-query path instead of the driver (first insert, another connector). */
    viaPrisma: Step;
  };
  ratios: { bulkVsPrisma: number; bulkVsCopy: number; resyncVsFirst: number };
  targets: { bulkVsPrisma30x: boolean; resyncFaster: boolean; resyncWroteNothing: boolean; absolute50k: boolean };
}

/** The verdicts, from the figures (recomputed on the medians of several runs). */
export function persistTargets(f: Omit<PersistFigures, 'targets'>): PersistFigures {
  const r = f.resync;
  const wroteNothing = r.created === 0 && r.updated === 0 && !r.updatedAtMoved && !r.rowVersionsChanged && (r.nTupUpd ?? 0) === 0;
  const targets = {
    bulkVsPrisma30x: f.ratios.bulkVsPrisma >= 30,
    resyncFaster: f.ratios.resyncVsFirst > 1,
    resyncWroteNothing: wroteNothing,
    absolute50k: f.firstInsert.rowsPerSec >= 50_000,
  };
  return { ...f, targets };
}

/** The figures whose spread over runs is printed. */
export const PERSIST_HEADLINE: Record<string, (f: PersistFigures) => number> = {
  'bulkUpsert first insert, rows/s': (f) => f.firstInsert.rowsPerSec,
  'bulkUpsert re-sync, rows/s': (f) => f.resync.rowsPerSec,
  'Prisma upsert loop, rows/s': (f) => f.prismaLoop.rowsPerSec,
  'binary COPY (ceiling), rows/s': (f) => f.copy.rowsPerSec,
  'bulk vs Prisma loop, x': (f) => f.ratios.bulkVsPrisma,
};
