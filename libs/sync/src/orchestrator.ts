import type { SyncMode } from '@tributary/core';

export interface TriggerOptions {
  mode: SyncMode;
  /** Who asked: manual, schedule, connect. */
  trigger?: string;
}

export interface TriggerResult {
  /** `already_running`: a sync of this connector is in flight; the request joined it instead of starting another. */
  status: 'started' | 'already_running';
}

export interface ScheduleInfo {
  cron: string;
  paused: boolean;
  nextRunAt: Date | null;
}

/**
 * How syncs are started and scheduled. Two implementations behave the
 * same: in-process (the embedded default) and Temporal (distributed).
 */
export interface Orchestrator {
  readonly kind: 'in-process' | 'temporal';
  /** Start a sync now; never two of the same connector at once. */
  triggerSync(tenantId: string, connectorId: string, options: TriggerOptions): Promise<TriggerResult>;
  /**
   * Write engagement scores back to the vendor (connectors with `writeback`,
   * when enabled in their settings): only changed values are written.
   */
  triggerWriteback(tenantId: string, connectorId: string): Promise<TriggerResult>;
  /** Stop a running sync after its current page. False when none was running. */
  cancelSync(tenantId: string, connectorId: string): Promise<boolean>;
  /** Create or replace the connector's schedule (incremental syncs on a cron). */
  upsertSchedule(tenantId: string, connectorId: string, cron: string): Promise<void>;
  pauseSchedule(tenantId: string, connectorId: string): Promise<void>;
  resumeSchedule(tenantId: string, connectorId: string): Promise<void>;
  deleteSchedule(tenantId: string, connectorId: string): Promise<void>;
  describeSchedule(tenantId: string, connectorId: string): Promise<ScheduleInfo | null>;
  isRunning(tenantId: string, connectorId: string): Promise<boolean>;
  close(): Promise<void>;
}

/** The id both orchestrators use for a connector's schedule. */
export const scheduleId = (tenantId: string, connectorId: string) => `sync-${tenantId}-${connectorId}`;
