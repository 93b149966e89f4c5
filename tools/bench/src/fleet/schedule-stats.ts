import { scheduleId } from '@tributary/sync';
import type { TemporalConnections } from '@tributary/temporal/testing';

type Client = TemporalConnections['client'];

/** What the Temporal server did with a sample of a fleet's schedules, summed over it (read before they are deleted). */
export interface ScheduleStats {
  /** Ticks that started a workflow. */
  taken: number;
  /** Ticks skipped because the previous sync still ran (overlap SKIP, as in-process). */
  skippedOverlap: number;
  /** Ticks the server reached too late (catch-up window of a minute). */
  missedCatchup: number;
  /** Server-side lag of each recent tick: when it was taken minus when it was due (ms). */
  takenLagMs: number[];
  /** Schedules the server did not describe within a few seconds (their counts are missing from the sums). */
  undescribed: number;
}

export const emptyStats = (): ScheduleStats => ({ taken: 0, skippedOverlap: 0, missedCatchup: 0, takenLagMs: [], undescribed: 0 });

/** How long a schedule's description may take: the server answers it from the schedule's own workflow, slow when many are due. */
const DESCRIBE_WITHIN_MS = 5_000;

const within = <T>(promise: Promise<T>, ms: number): Promise<T | undefined> =>
  Promise.race([promise.catch(() => undefined), new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms).unref())]);

/**
 * Add one connection's schedule to `stats` when the server describes it in
 * time (else count it in `undescribed`), then delete it whatever happened:
 * the run leaves no schedule behind on a shared server.
 */
export async function retireSchedule(client: Client, tenantId: string, connectorId: string, stats: ScheduleStats): Promise<void> {
  const handle = client.schedule.getHandle(scheduleId(tenantId, connectorId));
  const d = await within(handle.describe(), DESCRIBE_WITHIN_MS);
  if (d) {
    stats.taken += d.info.numActionsTaken;
    stats.skippedOverlap += d.info.numActionsSkippedOverlap;
    stats.missedCatchup += d.info.numActionsMissedCatchupWindow;
    for (const a of d.info.recentActions) stats.takenLagMs.push(a.takenAt.getTime() - a.scheduledAt.getTime());
  } else stats.undescribed++;
  await handle.delete().catch(() => undefined); // already gone
}
