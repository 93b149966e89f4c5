import { ScheduleNotFoundError, ScheduleOverlapPolicy, type Client, type ScheduleOptionsAction } from '@temporalio/client';
import { scheduleId, type ScheduleInfo } from '@tributary/sync';
import { z } from 'zod';
import { scheduledWorkflowId } from '../shared/ids.js';
import type { SyncTuning } from '../shared/tuning.js';
import type { ScheduledSyncInput } from '../shared/types.js';
import type { ScheduleControl } from '../activities/types.js';
import { toTemporalCron } from './cron.js';

export interface ScheduleTarget {
  client: Client;
  taskQueue: string;
  tuning?: Partial<SyncTuning>;
}

const CronMemo = z.object({ cron: z.string() });

function action(target: ScheduleTarget, tenantId: string, connectorId: string, cron: string): ScheduleOptionsAction {
  const input: ScheduledSyncInput = { tenantId, connectorId, ...(target.tuning ? { tuning: target.tuning } : {}) };
  return {
    type: 'startWorkflow',
    workflowType: 'scheduledSyncWorkflow',
    workflowId: scheduledWorkflowId(tenantId, connectorId),
    taskQueue: target.taskQueue,
    args: [input],
    // Temporal keeps cron specs as calendars; the expression as given is kept here for describe().
    memo: { cron },
  };
}

/**
 * Create the connector's Schedule (`sync-<tenant>-<connector>`, overlap
 * SKIP), or replace its cron, keeping whether it is paused.
 */
export async function upsertTemporalSchedule(target: ScheduleTarget, tenantId: string, connectorId: string, cron: string): Promise<void> {
  const id = scheduleId(tenantId, connectorId);
  const spec = { cronExpressions: [toTemporalCron(cron)], timezone: 'UTC' };
  const handle = target.client.schedule.getHandle(id);
  try {
    await handle.update((previous) => ({ ...previous, spec, action: action(target, tenantId, connectorId, cron) }));
  } catch (error) {
    if (!(error instanceof ScheduleNotFoundError)) throw error;
    await target.client.schedule.create({
      scheduleId: id,
      spec,
      action: action(target, tenantId, connectorId, cron),
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 minute' },
    });
  }
}

/** The schedule as the Orchestrator interface describes it, or null when there is none. */
export async function describeTemporalSchedule(client: Client, tenantId: string, connectorId: string): Promise<ScheduleInfo | null> {
  try {
    const d = await client.schedule.getHandle(scheduleId(tenantId, connectorId)).describe();
    const memo = d.action.type === 'startWorkflow' ? CronMemo.safeParse(d.action.memo) : undefined;
    return {
      cron: memo?.success ? memo.data.cron : '',
      paused: d.state.paused,
      nextRunAt: d.state.paused ? null : (d.info.nextActionTimes[0] ?? null),
    };
  } catch (error) {
    if (error instanceof ScheduleNotFoundError) return null;
    throw error;
  }
}

/** Run `fn` on the connector's schedule handle; a missing schedule is not an error. */
export async function onSchedule(
  client: Client,
  tenantId: string,
  connectorId: string,
  fn: (handle: ReturnType<Client['schedule']['getHandle']>) => Promise<void>,
): Promise<void> {
  try {
    await fn(client.schedule.getHandle(scheduleId(tenantId, connectorId)));
  } catch (error) {
    if (!(error instanceof ScheduleNotFoundError)) throw error;
  }
}

/**
 * Schedule control for activities: pausing a connector's schedule after an
 * auth error (the gateway resumes it on reconnect).
 *
 * @example
 * createActivities({ db, registry, vault, schedules: scheduleControl(client) });
 */
export function scheduleControl(client: Client): ScheduleControl {
  return { pause: (tenantId, connectorId, note) => onSchedule(client, tenantId, connectorId, (h) => h.pause(note)) };
}
