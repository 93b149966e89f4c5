import { num, out, percent, seconds, table, verdict } from '../shared/print.js';
import type { FleetFigures, ServerSide } from './figures.js';
import type { MemoryTrend } from './memory.js';

const trend = (t: MemoryTrend): string =>
  `${num(t.start)} / ${num(t.end)} / ${num(t.max)}; ${num(t.slopeMbPerMin, 1)} MB/min (${percent(t.steadyGrowth)})`;

const server = (f: FleetFigures, show: (s: ServerSide) => string): string => (f.server ? show(f.server) : '-');

const undescribed = (s: ServerSide): string => (s.undescribed > 0 ? ` (${num(s.undescribed)} not described within 5 s)` : '');

/** One row per figure, one column per host, with the target and each host's verdict. */
function rows(f: FleetFigures): [string, string, string][] {
  return [
    ['schedules set in (s, before the window)', seconds(f.setupMs), ''],
    ['syncs started by the schedules', `${num(f.syncs)} of ${num(f.connections * f.minutes)} ticks`, ''],
    ['syncs per minute', num(f.syncsPerMinute), `${num(f.connections)}`],
    ['completed / failed', `${num(f.completed)} / ${num(f.failed)}`, ''],
    [
      'schedule lag p50 / p95 / max (s)',
      `${seconds(f.lagP50Ms)} / ${seconds(f.lagP95Ms)} / ${seconds(f.lagMaxMs)}`,
      `p95 < 60: ${verdict(f.lagP95Ms < 60_000)}`,
    ],
    [
      'syncs per connection, least / median',
      `${f.perConnectionMin} / ${f.perConnectionMedian}`,
      `none starved: ${verdict(f.starved === 0)}`,
    ],
    [
      'PostgreSQL connections, most at once',
      num(f.pgConnectionsMax),
      `<= pool ${f.poolSize}: ${verdict(f.pgConnectionsMax <= f.poolSize)}`,
    ],
    ['host RSS start / end / max (MB); steady slope', trend(f.rssMb), `flat: ${verdict(f.rssMb.flat)}`],
    ['host V8 heap in use, the same', trend(f.heapMb), `flat: ${verdict(f.heapMb.flat)}`],
    [
      'Temporal, up to 50 schedules: ticks taken / skipped (overlap) / missed (late)',
      server(f, (s) => `${num(s.taken)} / ${num(s.skippedOverlap)} / ${num(s.missedCatchup)}${undescribed(s)}`),
      '',
    ],
    [
      'Temporal, the same: tick due to workflow started p50 / p95 (s)',
      server(f, (s) => `${seconds(s.takenLagP50Ms)} / ${seconds(s.takenLagP95Ms)}`),
      '',
    ],
    ['Temporal: workflows left open after the drain', server(f, (s) => num(s.terminated)), ''],
    ['load average (1 min) during the run', `${num(f.load.min, 1)} to ${num(f.load.max, 1)}`, ''],
  ];
}

/**
 * The fleet's figures beside the targets (p95 lag under 60 s,
 * connections bounded by the pool, none starved, memory flat), one column
 * per host measured in this run: in-process (the host is the gateway) and
 * Temporal (the host is the one worker).
 */
export function printFleet(fleets: readonly FleetFigures[]): void {
  const first = fleets[0];
  if (!first) return;
  out(
    `\nA fleet of ${num(first.connections)} connections on a 1-minute schedule for ${first.minutes} minutes (${first.concurrency} syncs at once, pool ${first.poolSize}):`,
  );
  const all = fleets.map(rows);
  const header = ['figure', ...fleets.map((f) => f.mode), ...fleets.map((f) => `target (${f.mode})`)];
  const body = (all[0] ?? []).map(([name], i) => [name, ...all.map((r) => r[i]?.[1] ?? ''), ...all.map((r) => r[i]?.[2] ?? '')]);
  table(header, body);
  out('  (steady slope: fitted over the run after its first third; in brackets, that growth as a share of the steady mean: flat under 5%)');
}
