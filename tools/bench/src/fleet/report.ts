import { num, out, seconds, table, verdict } from '../shared/print.js';
import type { FleetFigures } from './figures.js';

/** The fleet's figures beside the targets: p95 lag under 60 s, connections bounded by the pool, memory flat. */
export function printFleet(f: FleetFigures): void {
  out(
    `\nA fleet of ${num(f.connections)} connections on a 1-minute schedule for ${f.minutes} minutes (${f.mode}, ${f.concurrency} syncs at once, pool ${f.poolSize}):`,
  );
  const expected = f.connections * f.minutes;
  table(
    ['figure', 'value', 'target'],
    [
      ['syncs started by the schedules', `${num(f.syncs)} of ${num(expected)} ticks`, ''],
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
      [
        'host RSS start / end / max (MB)',
        `${num(f.rssMb.start)} / ${num(f.rssMb.end)} / ${num(f.rssMb.max)}`,
        `flat: ${verdict(f.rssMb.end <= f.rssMb.start * 1.25 + 20)}`,
      ],
    ],
  );
}
