import { syncWrites, type NewDeadLetter, type SqlDriver } from '@tributary/db';
import { BatchConflictError, DeliveryReplayedError, SyncNotRunningError } from './errors.js';
import { batchSize, settledRecords, type CleanBatch } from './quality.js';

interface WriteBase {
  tenantId: string;
  connectorId: string;
  batch: CleanBatch;
  pages: number;
}

/** A batch of a sync: counted in the sync's log, stored with the cursor after its last page. */
export interface SyncBatchWrite extends WriteBase {
  syncLogId: string;
  /** The cursor after the last page in the batch: the checkpoint. */
  cursor: string | null;
  /**
   * The sync log's page count this batch continues from. When set, the write
   * is refused with {@link BatchConflictError} (and nothing is stored) if
   * another attempt wrote a batch of this sync in the meantime.
   */
  expectPages?: number;
}

/**
 * Records pushed by the vendor (a webhook delivery): counted in a sync log of
 * their own, the event id recorded in the same transaction so a replay writes
 * nothing. No cursor: a delivery is not a position in the vendor's stream.
 */
export interface DeliveryWrite extends WriteBase {
  delivery: { eventId: string; trigger: string };
}

/**
 * Rows from storage, not from the vendor (a dead-letter replay, a re-map):
 * counted in their run's log, no cursor. `resolveIds` are dead letters
 * whose rows the batch stores, resolved in its transaction.
 */
export interface LocalWrite extends WriteBase {
  syncLogId: string;
  local: { resolveIds: readonly string[] };
}

export type AnyWrite = SyncBatchWrite | DeliveryWrite | LocalWrite;

export interface Written {
  syncLogId: string;
  created: number;
  updated: number;
  failed: number;
  deadLettered: boolean;
}

type Writes = ReturnType<typeof syncWrites>;

/**
 * PostgreSQL cannot store NUL in text or jsonb: keep such characters as a
 * visible escape in dead letters so the payload is never lost.
 */
export function storable(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value ?? null, (_k, v: unknown) => (typeof v === 'string' ? v.replaceAll('\u0000', '\\u0000') : v)),
  ) as unknown;
}

const storableLetters = (letters: readonly NewDeadLetter[]) =>
  letters.map((l) => ({ ...l, payload: storable(l.payload), ...(l.derived !== undefined ? { derived: storable(l.derived) } : {}) }));

/** The write's sync log: a sync's own (guarded), or a new one for a delivery seen for the first time. */
async function open(writes: Writes, input: AnyWrite): Promise<string> {
  if ('delivery' in input) {
    if (!(await writes.recordEvent(input.connectorId, input.delivery.eventId))) throw new DeliveryReplayedError(input.delivery.eventId);
    return writes.openDeliveryLog(input.connectorId, input.delivery.trigger);
  }
  if ('expectPages' in input && input.expectPages !== undefined) {
    // Lock the log and check it still runs and no other attempt wrote since `expectPages` was read.
    const log = await writes.lockSyncLog(input.syncLogId);
    if (!log || log.status !== 'running') throw new SyncNotRunningError(input.syncLogId);
    if (log.pages !== input.expectPages) throw new BatchConflictError(input.syncLogId);
  }
  return input.syncLogId;
}

/** Counts, dead letters and (for a sync) the checkpoint: the end of every write transaction. */
async function close(
  writes: Writes,
  input: AnyWrite,
  syncLogId: string,
  counts: Omit<Written, 'syncLogId' | 'deadLettered'>,
  /** A batch that failed whole counts every row it read as rejected. */
  whole = false,
) {
  const streams = Object.fromEntries([...input.batch.streams].map(([name, c]) => [name, whole ? { read: c.read, rejected: c.read } : c]));
  await writes.addProgress(syncLogId, { ...counts, pages: input.pages, read: input.batch.read, streams });
  if ('cursor' in input) await writes.checkpoint(input.connectorId, input.cursor);
}

/** Per entity, the rows of completely listed id ranges that are neither listed nor written by the batch. */
async function tombstoneUnlisted(writes: Writes, connectorId: string, batch: CleanBatch): Promise<number> {
  let n = 0;
  for (const entity of new Set(batch.reconcile.map((r) => r.entity))) {
    const ranges = batch.reconcile.filter((r) => r.entity === entity);
    const keep = [...(batch.upserts.get(entity)?.keys() ?? [])];
    n += await writes.tombstoneMissing(
      connectorId,
      entity,
      ranges,
      ranges.flatMap((r) => r.ids),
      keep,
    );
  }
  return n;
}

/**
 * One transaction: canonical rows, tombstones, zeroed metric windows,
 * reconciled id ranges, dead letters, sync-log counts and (for a sync) the cursor.
 */
export async function writeBatch(sql: SqlDriver, input: AnyWrite): Promise<Written> {
  const { tenantId, connectorId, batch } = input;
  return sql.transaction(async (tx) => {
    const writes = syncWrites(tx, tenantId);
    const syncLogId = await open(writes, input);
    let created = 0;
    let updated = 0;
    for (const [entity, rows] of batch.upserts) {
      const counts = await writes.upsert(connectorId, entity, [...rows.values()]);
      created += counts.created;
      updated += counts.updated;
    }
    for (const [entity, ids] of batch.tombstones) {
      updated += await writes.markDeleted(connectorId, entity, [...ids]);
      // A deleted activity's participants go with it: the vendor's deletion names only the activity.
      if (entity === 'activity') updated += await writes.markParticipantsOf(connectorId, [...ids]);
    }
    // After the upserts and tombstones: a window's rows the batch wrote are kept, deleted ones are skipped.
    const metrics = batch.upserts.get('channel_metric')?.keys() ?? [];
    updated += await writes.zeroMissingMetrics(connectorId, batch.complete, [...metrics]);
    updated += await tombstoneUnlisted(writes, connectorId, batch);
    // Before the batch's own rejects: a record stored now resolves its letters, one rejected again reopens its own.
    await writes.resolveDeadLetters(connectorId, settledRecords(batch));
    if ('local' in input) await writes.resolveDeadLetterIds(connectorId, input.local.resolveIds);
    await writes.addDeadLetters(connectorId, syncLogId, storableLetters(batch.rejects));
    const failed = batch.rejects.length;
    await close(writes, input, syncLogId, { created, updated, failed });
    return { syncLogId, created, updated, failed, deadLettered: false };
  });
}

/** The whole batch as one dead letter (with the reason), its rejects beside it; the cursor still moves on. */
export async function writeDeadBatch(sql: SqlDriver, input: AnyWrite, reason: string): Promise<Written> {
  const { tenantId, connectorId, batch } = input;
  const streams = [...new Set(batch.rawRows.map((r) => r.stream))].join(',') || 'unknown';
  const letter: NewDeadLetter = {
    kind: 'batch',
    stream: streams,
    reason: `Batch failed to write after retries: ${reason}`,
    payload: { cursor: 'cursor' in input ? input.cursor : null, rows: batch.rawRows },
  };
  const failed = batchSize(batch) + batch.rejects.length;
  const syncLogId = await sql.transaction(async (tx) => {
    const writes = syncWrites(tx, tenantId);
    const logId = await open(writes, input);
    await writes.addDeadLetters(connectorId, logId, storableLetters([letter, ...batch.rejects]));
    await close(writes, input, logId, { created: 0, updated: 0, failed }, true);
    return logId;
  });
  return { syncLogId, created: 0, updated: 0, failed, deadLettered: true };
}
