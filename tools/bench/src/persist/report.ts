import { num, out, percent, seconds, table, verdict } from '../shared/print.js';
import type { PersistFigures, Step } from './figures.js';

const row = (label: string, s: Step): string[] => [
  label,
  num(s.rows),
  seconds(s.ms),
  num(s.rowsPerSec),
  seconds(s.clientCpuMs),
  s.pgCpuMs > 0 ? seconds(s.pgCpuMs) : '-',
];

const delta = (n: number | null): string => (n === null ? 'n/a (statistics not flushed)' : `+${num(n)}`);

export function printPersist(f: PersistFigures): void {
  out(`\nPersist stage: ${num(f.rows)} charges into PostgreSQL, batches of ${num(f.batch)}`);
  out(
    `  average row ${num(f.bytes.row)} B serialized (JSON of { record, raw }): record ${num(f.bytes.record)} B, raw Stripe-like row ${num(f.bytes.raw)} B\n`,
  );
  table(
    ['step', 'rows', 'seconds', 'rows/s', 'bench CPU s', 'PG CPU s'],
    [
      row('a. bulkUpsert, first insert', f.firstInsert),
      row('b. bulkUpsert, identical re-sync', f.resync),
      row('c. Prisma upsert per row (baseline)', f.prismaLoop),
      row('d. binary COPY, same indexes (ceiling)', f.copy),
      row('   binary COPY, no indexes', f.copyNoIndexes),
      [
        '   upsertPayload only (JS, no database)',
        num(f.rows),
        seconds(f.diagnosis.paramsOnly.ms),
        num(f.diagnosis.paramsOnly.rowsPerSec),
        seconds(f.diagnosis.paramsOnly.ms),
        '-',
      ],
      row('   bulkUpsert via Prisma $queryRawUnsafe', f.diagnosis.viaPrisma),
    ],
  );
  const r = f.resync;
  out('\n  bench CPU: this process (building parameters, Prisma, pg); PG CPU: the database backends (from /proc).');
  out(`  Prisma loop: ${num(f.diagnosis.prismaLoopCommitsPerRow, 2)} commits per row (pg_stat_database.xact_commit).`);
  out(`  first insert: created ${num(f.firstInsert.created)}, updated ${num(f.firstInsert.updated)}`);
  out(`  re-sync: created ${num(r.created)}, updated ${num(r.updated)}; updated_at moved: ${r.updatedAtMoved ? 'YES' : 'no'};`);
  out(
    `           rows rewritten (xmin/ctid changed): ${r.rowVersionsChanged ? 'YES' : 'no'}; n_tup_upd ${delta(r.nTupUpd)}, n_tup_ins ${delta(r.nTupIns)}`,
  );
  out('');
  table(
    ['measure', 'value', 'target', ''],
    [
      ['bulk first insert vs Prisma loop', `${num(f.ratios.bulkVsPrisma, 1)}x`, '>= 30x', verdict(f.targets.bulkVsPrisma30x)],
      ['bulk first insert vs COPY ceiling', percent(f.ratios.bulkVsCopy), 'fraction', ''],
      ['re-sync vs first insert', `${num(f.ratios.resyncVsFirst, 2)}x`, '> 1x', verdict(f.targets.resyncFaster)],
      [
        're-sync wrote nothing',
        r.created + r.updated === 0 && !r.rowVersionsChanged ? 'yes' : 'NO',
        'yes',
        verdict(f.targets.resyncWroteNothing),
      ],
      ['bulk first insert, absolute', `${num(f.firstInsert.rowsPerSec)} rows/s`, '>= 50,000', verdict(f.targets.absolute50k)],
    ],
  );
}
