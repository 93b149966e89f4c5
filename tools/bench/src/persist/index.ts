import { seedConnector, seedTenant } from '@tributary/db/testing';
import { createBenchDatabase, type BenchDatabase } from '../shared/database.js';
import { openObserver, type Observer } from '../shared/observer.js';
import { out, perSecond, ratio } from '../shared/print.js';
import { upsertAll } from './bulk.js';
import { averageSizes, generateCharges, type ChargeRow } from './charges.js';
import { copyBinary } from './copy.js';
import { prismaQueryable } from '@tributary/db';
import { buildPayloadOnly } from './diagnosis.js';
import { persistTargets, type PersistFigures, type ResyncChecks, type Step } from './figures.js';
import { pgSession, phase, prismaSession, type PhaseResult } from './phase.js';
import { prismaUpsertLoop } from './prisma-loop.js';

export interface PersistSize {
  rows: number;
  batch: number;
  prismaSample: number;
}

interface Owners {
  bulk: { tenantId: string; connectorId: string };
  prisma: { tenantId: string; connectorId: string };
  viaPrisma: { tenantId: string; connectorId: string };
}

const step = (rows: number, r: PhaseResult<unknown>): Step => ({
  rows,
  ms: r.ms,
  rowsPerSec: perSecond(rows, r.ms),
  pgCpuMs: r.pgCpuMs,
  clientCpuMs: r.clientCpuMs,
});

function expect(condition: boolean, message: string): void {
  if (!condition) throw new Error(`Persist bench: ${message}`);
}

/**
 * A tenant and connector per writer: each step inserts fresh rows into the
 * same charges table, in a key range of its own in every (tenant_id, ...)
 * index, as the first insert did into the empty table.
 */
async function seedOwners(bench: BenchDatabase): Promise<Owners> {
  const db = await bench.open();
  try {
    const owner = async (name: string) => {
      const tenantId = (await seedTenant(db, name)).id;
      return { tenantId, connectorId: (await seedConnector(db, tenantId, { type: 'stripe' })).id };
    };
    return { bulk: await owner('Bench bulk'), prisma: await owner('Bench Prisma loop'), viaPrisma: await owner('Bench via Prisma') };
  } finally {
    await db.close();
  }
}

/** Re-sync the same rows and check nothing was written: counts, updated_at, row versions, table statistics. */
async function measureResync(bench: BenchDatabase, observer: Observer, owners: Owners, rows: readonly ChargeRow[], batch: number) {
  const fingerprint = await observer.fingerprint(owners.bulk.tenantId, owners.bulk.connectorId);
  const stats = await observer.stats('charges');
  const result = await phase(observer, prismaSession(bench), (db) => upsertAll(db.sql, owners.bulk, rows, batch));
  const after = await observer.fingerprint(owners.bulk.tenantId, owners.bulk.connectorId);
  const statsAfter = await observer.stats('charges');
  const checks: ResyncChecks = {
    ...result.value,
    updatedAtMoved: after.maxUpdatedAt !== fingerprint.maxUpdatedAt,
    rowVersionsChanged: after.digest !== fingerprint.digest || after.rows !== fingerprint.rows,
    nTupUpd: statsAfter.updated - stats.updated,
    nTupIns: statsAfter.inserted - stats.inserted,
  };
  return { ...step(rows.length, result), ...checks };
}

async function measureCopies(bench: BenchDatabase, observer: Observer, owners: Owners, rows: readonly ChargeRow[]) {
  await observer.query('CREATE TABLE bench_copy (LIKE charges INCLUDING ALL)');
  await observer.query('CREATE TABLE bench_copy_bare (LIKE charges INCLUDING DEFAULTS)');
  const indexed = await phase(observer, pgSession(bench.url), (c) => copyBinary(c, 'bench_copy', owners.bulk, rows));
  const bare = await phase(observer, pgSession(bench.url), (c) => copyBinary(c, 'bench_copy_bare', owners.bulk, rows));
  expect(
    indexed.value === rows.length && bare.value === rows.length,
    `COPY wrote ${indexed.value} and ${bare.value} rows, expected ${rows.length}`,
  );
  return { copy: step(rows.length, indexed), copyNoIndexes: step(rows.length, bare) };
}

async function measureAll(bench: BenchDatabase, observer: Observer, rows: ChargeRow[], size: PersistSize) {
  const owners = await seedOwners(bench);
  const stats = await observer.stats('charges');
  out(`  a. first insert of ${rows.length} rows ...`);
  const first = await phase(observer, prismaSession(bench), (db) => upsertAll(db.sql, owners.bulk, rows, size.batch));
  expect(first.value.created === rows.length, `first insert created ${first.value.created} of ${rows.length}`);
  const flushed = (await observer.stats('charges')).inserted - stats.inserted === rows.length;
  out('  b. identical re-sync ...');
  const resync = await measureResync(bench, observer, owners, rows, size.batch);
  if (!flushed) Object.assign(resync, { nTupUpd: null, nTupIns: null });
  out(`  c. Prisma upsert loop on ${size.prismaSample} rows ...`);
  const sample = rows.slice(0, size.prismaSample);
  const commits = await observer.commits();
  const loop = await phase(observer, prismaSession(bench), (db) => prismaUpsertLoop(db.prisma, owners.prisma, sample));
  const commitsPerRow = ((await observer.commits()) - commits) / sample.length;
  out('  d. binary COPY ...');
  const copies = await measureCopies(bench, observer, owners, rows);
  out('  diagnosis: upsertPayload alone, and the same bulkUpsert through Prisma ...');
  const paramsMs = buildPayloadOnly(rows, size.batch);
  const viaPrisma = await phase(observer, prismaSession(bench), (db) =>
    upsertAll(prismaQueryable(db.prisma), owners.viaPrisma, rows, size.batch),
  );
  expect(viaPrisma.value.created === rows.length, `insert via Prisma created ${viaPrisma.value.created} of ${rows.length}`);
  return {
    firstInsert: { ...step(rows.length, first), ...first.value },
    resync,
    prismaLoop: step(sample.length, loop),
    ...copies,
    diagnosis: {
      paramsOnly: { ms: paramsMs, rowsPerSec: perSecond(rows.length, paramsMs) },
      prismaLoopCommitsPerRow: commitsPerRow,
      viaPrisma: step(rows.length, viaPrisma),
    },
  };
}

/**
 * The persist stage on the PostgreSQL server: bulkUpsert first insert and
 * identical re-sync, a per-row Prisma upsert loop (baseline) and binary
 * COPY (ceiling), in a throwaway database.
 */
export async function runPersist(size: PersistSize): Promise<PersistFigures> {
  out(`Generating ${size.rows} charges ...`);
  const rows = generateCharges(size.rows);
  const bench = await createBenchDatabase('persist');
  const observer = await openObserver(bench.url);
  try {
    const m = await measureAll(bench, observer, rows, size);
    const r = m.resync;
    const ratios = {
      bulkVsPrisma: ratio(m.firstInsert.rowsPerSec, m.prismaLoop.rowsPerSec),
      bulkVsCopy: ratio(m.firstInsert.rowsPerSec, m.copy.rowsPerSec),
      resyncVsFirst: ratio(r.rowsPerSec, m.firstInsert.rowsPerSec),
    };
    return persistTargets({ rows: size.rows, batch: size.batch, bytes: averageSizes(rows), ...m, ratios });
  } finally {
    await observer.close();
    await bench.dispose();
  }
}
