import type { SyncMode } from '@tributary/core';
import type { SyncDeps } from '@tributary/sync';
import type { SyncFailure } from '../shared/types.js';

/** Pauses a connector's Temporal Schedule (the worker passes one built on its client). */
export interface ScheduleControl {
  pause(tenantId: string, connectorId: string, note: string): Promise<void>;
}

/** What activities need, from the worker's composition root. */
export interface ActivityDeps extends SyncDeps {
  /** Pauses schedules of connectors in an auth error; without it they keep firing (and failing fast). */
  schedules?: ScheduleControl;
}

export interface BeginInput {
  tenantId: string;
  connectorId: string;
  mode: SyncMode;
  trigger?: string;
}

export interface BatchInput {
  tenantId: string;
  connectorId: string;
  syncLogId: string;
  mode: SyncMode;
  batchRecords: number;
  /** Records per write within the batch (histories recorded before it have none: 1,000). */
  writeRecords?: number;
}

export interface FinishInput {
  tenantId: string;
  connectorId: string;
  syncLogId: string;
  status: 'completed' | 'failed' | 'cancelled';
  error?: SyncFailure;
}

export interface PauseInput {
  tenantId: string;
  connectorId: string;
  reason: string;
}
