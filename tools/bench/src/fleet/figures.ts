import { memoryTrend, type MemoryTrend } from './memory.js';
import type { MemorySamples } from './rss.js';

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
  /** Seconds the host took to set every connection's schedule (before the measured window). */
  setupMs: number;
  /** The host's memory (the gateway in-process, the worker on Temporal): RSS and V8 heap in use, MB. */
  rssMb: MemoryTrend;
  heapMb: MemoryTrend;
  memory: MemorySamples;
  /** The machine's 1-minute load average over the run (shared with other work). */
  load: { min: number; max: number };
  /** Temporal only: what the server did with the schedules' ticks over the whole run (setup and drain included). */
  server?: ServerSide;
}

export interface ServerSide {
  taken: number;
  skippedOverlap: number;
  missedCatchup: number;
  /** When the server started a tick's workflow, minus when the tick was due. */
  takenLagP50Ms: number;
  takenLagP95Ms: number;
  /** Workflows still open after the drain, terminated. */
  terminated: number;
  /** Schedules the server did not describe in time (not in the sums above). */
  undescribed: number;
}

/** The server side of a Temporal fleet from its schedules' counts. */
export function serverSide(
  schedules: { taken: number; skippedOverlap: number; missedCatchup: number; takenLagMs: readonly number[]; undescribed: number },
  terminated: number,
): ServerSide {
  const lags = [...schedules.takenLagMs].sort((a, b) => a - b);
  const { taken, skippedOverlap, missedCatchup, undescribed } = schedules;
  const lag = { takenLagP50Ms: quantile(lags, 0.5), takenLagP95Ms: quantile(lags, 0.95) };
  return { taken, skippedOverlap, missedCatchup, ...lag, terminated, undescribed };
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
  run: Pick<
    FleetFigures,
    'mode' | 'connections' | 'minutes' | 'concurrency' | 'poolSize' | 'pgConnectionsMax' | 'setupMs' | 'load' | 'server'
  >,
  syncs: readonly StartedSync[],
  connectorIds: readonly string[],
  memory: MemorySamples,
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
    rssMb: memoryTrend(memory.rss, memory.everyMs),
    heapMb: memoryTrend(memory.heap, memory.everyMs),
    memory,
  };
}
