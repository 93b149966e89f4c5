/** One sync a fleet run started from its schedule. */
export interface StartedSync {
  connectorId: string;
  startedAt: Date;
  completedAt: Date | null;
  status: string;
}

export interface FleetFigures {
  mode: 'in-process' | 'temporal';
  connections: number;
  minutes: number;
  concurrency: number;
  poolSize: number;
  syncs: number;
  completed: number;
  failed: number;
  syncsPerMinute: number;
  lagP50Ms: number;
  lagP95Ms: number;
  lagMaxMs: number;
  /** Syncs per connection over the run: the least served one, and the median. */
  perConnectionMin: number;
  perConnectionMedian: number;
  /** Connections that never synced from their schedule. */
  starved: number;
  pgConnectionsMax: number;
  rssMb: { start: number; end: number; max: number };
}

const quantile = (sorted: readonly number[], q: number): number =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);

/**
 * Schedule lag of a sync: its start minus the schedule tick that fired it.
 * With a per-minute cron the tick is the minute the sync started in (a lag
 * over a minute would show as missed ticks instead: fewer syncs per connection).
 */
export const lagOf = (startedAt: Date): number => startedAt.getTime() % 60_000;

/** The fleet's figures from the syncs its schedules started. */
export function fleetFigures(
  run: Pick<FleetFigures, 'mode' | 'connections' | 'minutes' | 'concurrency' | 'poolSize' | 'pgConnectionsMax'>,
  syncs: readonly StartedSync[],
  connectorIds: readonly string[],
  rss: readonly number[],
): FleetFigures {
  const lags = syncs.map((s) => lagOf(s.startedAt)).sort((a, b) => a - b);
  const per = new Map(connectorIds.map((id) => [id, 0]));
  for (const s of syncs) per.set(s.connectorId, (per.get(s.connectorId) ?? 0) + 1);
  const counts = [...per.values()].sort((a, b) => a - b);
  return {
    ...run,
    syncs: syncs.length,
    completed: syncs.filter((s) => s.status === 'completed').length,
    failed: syncs.filter((s) => s.status === 'failed').length,
    syncsPerMinute: syncs.length / run.minutes,
    lagP50Ms: quantile(lags, 0.5),
    lagP95Ms: quantile(lags, 0.95),
    lagMaxMs: lags.at(-1) ?? 0,
    perConnectionMin: counts[0] ?? 0,
    perConnectionMedian: quantile(counts, 0.5),
    starved: counts.filter((n) => n === 0).length,
    rssMb: { start: rss[0] ?? 0, end: rss.at(-1) ?? 0, max: Math.max(0, ...rss) },
  };
}
