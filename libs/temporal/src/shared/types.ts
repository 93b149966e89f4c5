import type { SyncMode, WritebackItem } from '@tributary/core';
import type { SyncTuning } from './tuning.js';

/**
 * Where a continued run picks up: the sync log and the batch count. Not the
 * cursor: each batch reads the checkpoint from the database, its only home.
 */
export interface SyncProgress {
  syncLogId: string;
  /** Batches written by earlier runs of this sync. */
  batches: number;
}

export interface SyncWorkflowInput {
  tenantId: string;
  connectorId: string;
  mode: SyncMode;
  /** Who asked: manual, schedule, connect. */
  trigger?: string;
  tuning?: Partial<SyncTuning>;
  /** Set by continue-as-new only. */
  progress?: SyncProgress;
}

/** A serialized, secret-free error as activities report it (kind from the core taxonomy). */
export interface SyncFailure {
  kind: string;
  message: string;
}

export interface ScheduledSyncInput {
  tenantId: string;
  connectorId: string;
  mode?: SyncMode;
  tuning?: Partial<SyncTuning>;
}

export interface ScheduledSyncResult {
  /** `skipped`: a sync of the connector was already running (started by hand), so this tick joined it. */
  status: 'completed' | 'completed_with_errors' | 'cancelled' | 'failed' | 'skipped';
  syncLogId?: string;
  error?: SyncFailure;
}

/**
 * A writeback: field values to push back to the vendor through the
 * connector's `writeback` (the core contract's items: small values such as a
 * score per record, never synced record payloads). Chunk large writebacks.
 */
export interface WritebackInput {
  tenantId: string;
  connectorId: string;
  /** Exact items to write; without them the engagement scores that changed are computed and written (`runWriteback`). */
  items?: WritebackItem[];
}

/** What a writeback did, per the vendor's answers (failures keep their reason). */
export interface WritebackSummary {
  written: number;
  failed: number;
  errors: { externalId: string; error: string }[];
}
