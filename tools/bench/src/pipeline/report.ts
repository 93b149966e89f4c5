import { num, out, percent, perSecond, seconds, table, verdict } from '../shared/print.js';
import type { PipelineFigures, ProfileSummaries, StageFigure, StageFigures } from './figures.js';
import type { Share } from './profile.js';

function printProfile(p: ProfileSummaries): void {
  const cpuRows = (items: Share[]) => items.filter((a) => a.share >= 0.005).map((a) => [a.name, seconds(a.amount), percent(a.share)]);
  out(`\n  Where runSync spends its time (V8 CPU profile of another run, ${seconds(p.cpu.total)} s sampled, self time):`);
  table(['stage (nearest caller on the stack)', 'seconds', 'share'], cpuRows(p.cpu.stages));
  out('');
  table(['area (native and node: code count for their caller)', 'seconds', 'share'], cpuRows(p.cpu.areas));
  out('');
  table(['function', 'seconds', 'share'], cpuRows(p.cpu.top));
  const mbRows = (items: Share[]) => items.filter((a) => a.share >= 0.005).map((a) => [a.name, num(a.amount / 2 ** 20), percent(a.share)]);
  out(`\n  What runSync allocates (sampled, garbage included: ${num(p.allocations.total / 2 ** 20)} MB in all):`);
  table(['stage', 'MB', 'share'], mbRows(p.allocations.stages));
  out('');
  table(['function', 'MB', 'share'], mbRows(p.allocations.top.slice(0, 10)));
}

function printStages(st: StageFigures, sync: PipelineFigures['sync']): void {
  const row = (label: string, s: StageFigure, pg = '-') => [
    label,
    seconds(s.ms),
    num(s.recordsPerSec),
    num((s.ms * 1000) / st.records, 1),
    seconds(s.cpuMs),
    pg,
  ];
  const sum = st.source.ms + st.transform.ms + st.persist.ms;
  out(`\n  Each stage alone over all ${num(st.records)} records (${num(st.pages)} pages), one after the other (diagnosis):`);
  table(
    ['stage', 'seconds', 'records/s', 'us/record', 'CPU s', 'PG CPU s'],
    [
      row('source: connector.sync (HTTP, JSON, vendor zod)', st.source),
      row('transform: addToBatch (mappings, canonical zod)', st.transform),
      row('persist: persistBatch (Prisma + pg + PostgreSQL)', st.persist, seconds(st.persist.pgCpuMs)),
      ['sum of the stages', seconds(sum), num(perSecond(st.records, sum)), num((sum * 1000) / st.records, 1), '', ''],
      [
        'runSync (measured above)',
        seconds(sync.durationMs),
        num(sync.recordsPerSec),
        num((sync.durationMs * 1000) / st.records, 1),
        seconds(sync.cpuMs),
        seconds(sync.pgCpuMs),
      ],
    ],
  );
}

function printCpu(f: PipelineFigures): void {
  const s = f.sync;
  const budget = (s.durationMs / 1000) * 2;
  const used = (s.cpuMs + s.simulatorCpuMs + s.pgCpuMs) / 1000;
  out(`\n  CPU during runSync (${seconds(s.durationMs)} s wall; 2 cores = ${num(budget, 1)} core-seconds):`);
  table(
    ['process', 'CPU s', 'share of wall'],
    [
      ['sync process (pipeline)', seconds(s.cpuMs), percent(s.cpuMs / s.durationMs)],
      ['  per record (process.cpuUsage)', `${num(s.cpuUsPerRecord, 1)} us`, ''],
      ['simulator process', seconds(s.simulatorCpuMs), percent(s.simulatorCpuMs / s.durationMs)],
      ['PostgreSQL backends', seconds(s.pgCpuMs), percent(s.pgCpuMs / s.durationMs)],
      ['total', num(used, 2), percent(used / budget) + ' of 2 cores'],
    ],
  );
  out(
    `  connector.sync (fetch + vendor schema per page, overlapping the writes): ${num(s.connectorSyncCalls)} calls, ${seconds(s.connectorSyncMs)} s summed`,
  );
}

function printTemporal(f: PipelineFigures): void {
  const t = f.temporal;
  if (!t) return;
  out(
    `  Temporal path: ${t.status}; charges stored ${num(t.storedCharges)}; worker CPU ${seconds(t.cpuMs)} s (${num(t.cpuUsPerRecord, 1)} us/record), peak RSS ${num(t.peakRssMb)} MB;` +
      ` ${num(f.ratios.temporalVsInProcess ?? 0, 2)}x the in-process wall time (goal within 1.5x: ${verdict(f.targets.temporalWithin1_5x === true)})`,
  );
}

export function printPipeline(f: PipelineFigures): void {
  const d = f.dataset;
  out(`\nWhole pipeline: full Stripe sync from the simulator (separate process) into PostgreSQL`);
  out(
    `  ${num(d.customers)} customers + ${num(d.charges)} charges + ${num(d.refunds)} refunds + ${num(d.subscriptions)} subscriptions = ${num(d.records)} records\n`,
  );
  const s = f.sync;
  table(
    ['step', 'records', 'pages', 'seconds', 'records/s'],
    [
      [
        'source ceiling: fetch + JSON.parse only',
        num(f.ceiling.records),
        num(f.ceiling.pages),
        seconds(f.ceiling.ms),
        num(f.ceiling.recordsPerSec),
      ],
      [
        'runSync full (created+updated+failed)',
        num(s.created + s.updated + s.failed),
        num(s.pages),
        seconds(s.durationMs),
        num(s.recordsPerSec),
      ],
      ...(f.temporal
        ? [
            [
              'the same on Temporal (one worker)',
              num(f.temporal.records),
              '',
              seconds(f.temporal.durationMs),
              num(f.temporal.recordsPerSec),
            ],
          ]
        : []),
    ],
  );
  if (f.temporal) printTemporal(f);
  out(
    `\n  sync: ${s.status}${s.error ? ` (${s.error})` : ''}; created ${num(s.created)}, updated ${num(s.updated)}, failed ${num(s.failed)}; charges stored ${num(s.storedCharges)}`,
  );
  const c = f.ceiling;
  out(
    `  source ceiling: ${num(c.bytes / c.records)} B of JSON per record on the wire; CPU: simulator ${seconds(c.simulatorCpuMs)} s, reader ${seconds(c.clientCpuMs)} s`,
  );
  out(
    `  peak RSS of the sync process ${num(s.peakRssMb)} MB (maxRSS); just before runSync: RSS ${num(s.rssBeforeSyncMb)} MB, heap used ${num(s.heapUsedBeforeSyncMb)} MB`,
  );
  out(
    `  during runSync (sampled every 50 ms): peak heap used ${num(s.peakHeapUsedMb)} MB, peak external + array buffers ${num(s.peakExternalMb)} MB;`,
  );
  out(`  heap used after runSync and a forced GC ${num(s.heapUsedAfterGcMb)} MB`);
  printCpu(f);
  out('');
  table(
    ['measure', 'value', 'target', ''],
    [
      ['pipeline vs source ceiling', percent(f.ratios.syncVsCeiling), 'fraction', ''],
      ['CPU of the sync process per record', `${num(s.cpuUsPerRecord, 1)} us`, 'lower', ''],
      ['pipeline records/s', num(s.recordsPerSec), '>= 20,000', verdict(f.targets.recordsPerSec20k)],
      ['peak RSS', `${num(s.peakRssMb)} MB`, '< 512 MB', verdict(f.targets.rssUnder512)],
    ],
  );
  if (f.stages) printStages(f.stages, s);
  if (f.profile) printProfile(f.profile);
}
