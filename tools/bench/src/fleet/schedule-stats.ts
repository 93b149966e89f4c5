import { scheduleId } from '@tributary/sync';
import type { TemporalConnections } from '@tributary/temporal/testing';

type Client = TemporalConnections['client'];

/** What the Temporal server did with a fleet's schedules, summed over them (read before they are deleted). */
export interface ScheduleStats {
  /** Ticks that started a workflow. */
  taken: number;
  /** Ticks skipped because the previous sync still ran (overlap SKIP, as in-process). */
  skippedOverlap: number;
  /** Ticks the server reached too late (catch-up window of a minute). */
  missedCatchup: number;
  /** Server-side lag of each recent tick: when it was taken minus when it was due (ms). */
  takenLagMs: number[];
}

export const emptyStats = (): ScheduleStats => ({ taken: 0, skippedOverlap: 0, missedCatchup: 0, takenLagMs: [] });

/** Add one connection's schedule to `stats`, then delete it (a schedule already gone counts nothing). */
export async function retireSchedule(client: Client, tenantId: string, connectorId: string, stats: ScheduleStats): Promise<void> {
  const handle = client.schedule.getHandle(scheduleId(tenantId, connectorId));
  const d = await handle.describe().catch(() => undefined);
  if (!d) return;
  stats.taken += d.info.numActionsTaken;
  stats.skippedOverlap += d.info.numActionsSkippedOverlap;
  stats.missedCatchup += d.info.numActionsMissedCatchupWindow;
  for (const a of d.info.recentActions) stats.takenLagMs.push(a.takenAt.getTime() - a.scheduledAt.getTime());
  await handle.delete();
}
