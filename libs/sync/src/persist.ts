import { silentLogger, type Logger } from '@tributary/core';
import { syncWrites, type NewDeadLetter, type SqlDriver, type SqlQueryable } from '@tributary/db';
import { BatchConflictError, SyncNotRunningError } from './errors.js';
import { batchSize, type CleanBatch } from './quality.js';

export interface PersistInput {
  tenantId: string;
  connectorId: string;
  syncLogId: string;
  batch: CleanBatch;
  /** The cursor after the last page in the batch: the checkpoint. */
  cursor: string | null;
  pages: number;
  /**
   * The sync log's page count this batch continues from. When set, the write
   * is refused with {@link BatchConflictError} (and nothing is stored) if
   * another attempt wrote a batch of this sync in the meantime.
   */
  expectPages?: number;
}

export interface PersistResult {
  created: number;
  updated: number;
  failed: number;
  /** True when the batch could not be written and went whole to dead letters. */
  deadLettered: boolean;
}

export interface PersistOptions {
  attempts?: number;
  backoffMs?: number;
  logger?: Logger;
}

/**
 * PostgreSQL cannot store NUL in text or jsonb: keep such characters as a
 * visible escape in dead letters so the payload is never lost.
 */
export function storable(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value ?? null, (_k, v: unknown) => (typeof v === 'string' ? v.replaceAll('\u0000', '\\u0000') : v)),
  ) as unknown;
}

const storableLetters = (letters: readonly NewDeadLetter[]) => letters.map((l) => ({ ...l, payload: storable(l.payload) }));

/**
 * Write a batch, its dead letters, the sync log counts and the cursor in
 * one transaction. Channel metrics of the batch's complete windows that the
 * batch does not carry are zeroed in it too (counted as updated). After
 * `attempts` failed tries the batch is stored whole in dead_letters (with
 * the reason) and the cursor still moves on, so one poison batch never
 * stops a sync.
 */
export async function persistBatch(sql: SqlDriver, input: PersistInput, options: PersistOptions = {}): Promise<PersistResult> {
  const attempts = options.attempts ?? 3;
  const logger = options.logger ?? silentLogger;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await writeBatch(sql, input);
    } catch (error) {
      if (error instanceof BatchConflictError || error instanceof SyncNotRunningError) throw error;
      lastError = error;
      logger.warn({ attempt, syncLogId: input.syncLogId, error: errorText(error) }, 'batch write failed');
      if (attempt < attempts) await sleep((options.backoffMs ?? 100) * 2 ** (attempt - 1));
    }
  }
  return writeDeadBatch(sql, input, errorText(lastError));
}

async function writeBatch(sql: SqlDriver, input: PersistInput): Promise<PersistResult> {
  const { tenantId, connectorId, syncLogId, batch } = input;
  return sql.transaction(async (tx) => {
    await guard(tx, input);
    const writes = syncWrites(tx, tenantId);
    let created = 0;
    let updated = 0;
    for (const [entity, rows] of batch.upserts) {
      const counts = await writes.upsert(connectorId, entity, [...rows.values()]);
      created += counts.created;
      updated += counts.updated;
    }
    for (const [entity, ids] of batch.tombstones) updated += await writes.markDeleted(connectorId, entity, [...ids]);
    // After the upserts and tombstones: a window's rows the batch wrote are kept, deleted ones are skipped.
    const metrics = batch.upserts.get('channel_metric')?.keys() ?? [];
    updated += await writes.zeroMissingMetrics(connectorId, batch.complete, [...metrics]);
    await writes.addDeadLetters(connectorId, syncLogId, storableLetters(batch.rejects));
    const failed = batch.rejects.length;
    await writes.addProgress(syncLogId, { created, updated, failed, pages: input.pages });
    await writes.checkpoint(connectorId, input.cursor);
    return { created, updated, failed, deadLettered: false };
  });
}

async function writeDeadBatch(sql: SqlDriver, input: PersistInput, reason: string): Promise<PersistResult> {
  const { tenantId, connectorId, syncLogId, batch } = input;
  const streams = [...new Set(batch.rawRows.map((r) => r.stream))].join(',') || 'unknown';
  const letter: NewDeadLetter = {
    kind: 'batch',
    stream: streams,
    reason: `Batch failed to write after retries: ${reason}`,
    payload: { cursor: input.cursor, rows: batch.rawRows },
  };
  const failed = batchSize(batch) + batch.rejects.length;
  await sql.transaction(async (tx) => {
    await guard(tx, input);
    const writes = syncWrites(tx, tenantId);
    await writes.addDeadLetters(connectorId, syncLogId, storableLetters([letter, ...batch.rejects]));
    await writes.addProgress(syncLogId, { created: 0, updated: 0, failed, pages: input.pages });
    await writes.checkpoint(connectorId, input.cursor);
  });
  return { created: 0, updated: 0, failed, deadLettered: true };
}

/** Lock the sync log row and check it still runs and no other attempt wrote since `expectPages` was read. */
async function guard(tx: SqlQueryable, input: PersistInput): Promise<void> {
  if (input.expectPages === undefined) return;
  const [row] = await tx.query<{ pages: number; status: string }>(
    'SELECT pages, status FROM sync_logs WHERE tenant_id = $1::uuid AND id = $2::uuid FOR UPDATE',
    [input.tenantId, input.syncLogId],
  );
  if (!row || row.status !== 'running') throw new SyncNotRunningError(input.syncLogId);
  if (Number(row.pages) !== input.expectPages) throw new BatchConflictError(input.syncLogId);
}

function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').filter(Boolean).slice(-3).join(' ').slice(0, 1_000);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
