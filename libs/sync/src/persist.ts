import { silentLogger, type Logger } from '@tributary/core';
import type { SqlDriver } from '@tributary/db';
import { BatchConflictError, DeliveryReplayedError, SyncNotRunningError } from './errors.js';
import {
  writeBatch,
  writeDeadBatch,
  type AnyWrite,
  type DeliveryWrite,
  type LocalWrite,
  type SyncBatchWrite,
  type Written,
} from './persist-writes.js';

export { storable, type DeliveryWrite, type LocalWrite, type SyncBatchWrite } from './persist-writes.js';

/** A sync's batch write (see {@link SyncBatchWrite}). */
export type PersistInput = SyncBatchWrite;

export interface PersistResult {
  created: number;
  updated: number;
  failed: number;
  /** True when the batch could not be written and went whole to dead letters. */
  deadLettered: boolean;
}

/** What a delivery did: `replayed` when its event id was ingested before (nothing written). */
export type DeliveryResult = ({ status: 'applied'; syncLogId: string } & PersistResult) | ({ status: 'replayed' } & PersistResult);

export interface PersistOptions {
  attempts?: number;
  backoffMs?: number;
  logger?: Logger;
}

/**
 * Write a batch, its dead letters, the sync log counts and the cursor in
 * one transaction. Channel metrics of the batch's complete windows that the
 * batch does not carry are zeroed in it too (counted as updated). After
 * `attempts` failed tries the batch is stored whole in dead_letters (with
 * the reason) and the cursor still moves on, so one poison batch never
 * stops a sync.
 */
export async function persistBatch(sql: SqlDriver, input: PersistInput, options: PersistOptions = {}): Promise<PersistResult> {
  const { created, updated, failed, deadLettered } = await persist(sql, input, options);
  return { created, updated, failed, deadLettered };
}

/**
 * Write a pushed delivery (a webhook) exactly as a sync batch is written,
 * retries and dead letters included, in a completed sync log of type
 * `webhook` and with its event id recorded in the same transaction: a
 * delivery seen before writes nothing. The connector's cursor is not touched.
 */
export async function persistDelivery(sql: SqlDriver, input: DeliveryWrite, options: PersistOptions = {}): Promise<DeliveryResult> {
  try {
    const { syncLogId, created, updated, failed, deadLettered } = await persist(sql, input, options);
    return { status: 'applied', syncLogId, created, updated, failed, deadLettered };
  } catch (error) {
    if (error instanceof DeliveryReplayedError) return { status: 'replayed', created: 0, updated: 0, failed: 0, deadLettered: false };
    throw error;
  }
}

/** Write rows read from storage (a replay, a re-map) exactly as a sync batch is written, without a cursor. */
export async function persistLocal(sql: SqlDriver, input: LocalWrite, options: PersistOptions = {}): Promise<PersistResult> {
  const { created, updated, failed, deadLettered } = await persist(sql, input, options);
  return { created, updated, failed, deadLettered };
}

/** Refusals: retrying the same write cannot succeed, and nothing was stored. */
const refused = (error: unknown) =>
  error instanceof BatchConflictError || error instanceof SyncNotRunningError || error instanceof DeliveryReplayedError;

async function persist(sql: SqlDriver, input: AnyWrite, options: PersistOptions): Promise<Written> {
  const attempts = options.attempts ?? 3;
  const logger = options.logger ?? silentLogger;
  const where = 'delivery' in input ? { eventId: input.delivery.eventId } : { syncLogId: input.syncLogId };
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await writeBatch(sql, input);
    } catch (error) {
      if (refused(error)) throw error;
      lastError = error;
      logger.warn({ attempt, ...where, error: errorText(error) }, 'batch write failed');
      if (attempt < attempts) await sleep((options.backoffMs ?? 100) * 2 ** (attempt - 1));
    }
  }
  return writeDeadBatch(sql, input, errorText(lastError));
}

function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').filter(Boolean).slice(-3).join(' ').slice(0, 1_000);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
