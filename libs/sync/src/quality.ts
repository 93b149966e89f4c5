import {
  applyMappings,
  CANONICAL_SCHEMAS,
  checkCompleteIds,
  checkCompleteWindows,
  getPath,
  type CheckedIds,
  type CompleteIds,
  type CompleteWindow,
  type CompiledMappings,
  type EntityType,
  type RejectedRecord,
  type StreamSpec,
  type SyncRecord,
} from '@tributary/core';
import type { NewDeadLetter, StreamCount, UpsertRow } from '@tributary/db';

/** A page (or several) of records after transform and quality, ready to persist. */
export interface CleanBatch {
  /** Per entity, by external id; a later record with the same id replaces the earlier one. */
  upserts: Map<EntityType, Map<string, UpsertRow>>;
  /** Per entity, external ids the vendor deleted. Disjoint from `upserts`: the last operation on an id wins. */
  tombstones: Map<EntityType, Set<string>>;
  rejects: NewDeadLetter[];
  /** Records replaced by a later record with the same external id in the batch. */
  duplicates: number;
  /** Every input record, for the batch dead letter when the write fails. */
  rawRows: { stream: string; raw: unknown }[];
  /**
   * Channel-metric windows the pages read completely (`SyncResult.complete`):
   * stored rows in them that the batch does not write are zeroed with it.
   */
  complete: CompleteWindow[];
  /**
   * Id ranges the pages listed completely (`SyncResult.reconcile`): stored
   * live rows in them that are not listed and that the batch does not write
   * are tombstoned with it.
   */
  reconcile: CheckedIds[];
  /**
   * Per stream, the external ids the batch stores or deletes: their open
   * dead letters are resolved in the batch's transaction.
   */
  settled: Map<string, Set<string>>;
  /** Rows read into the batch (records and the connector's rejections). */
  read: number;
  /** Per stream: rows read and rejected (a stream wholly rejected makes the run `completed_with_errors`). */
  streams: Map<string, StreamCount>;
}

export function emptyBatch(): CleanBatch {
  return {
    upserts: new Map(),
    tombstones: new Map(),
    rejects: [],
    duplicates: 0,
    rawRows: [],
    complete: [],
    reconcile: [],
    settled: new Map(),
    read: 0,
    streams: new Map(),
  };
}

/** The batch's settled records, as the resolve statement takes them. */
export function settledRecords(batch: CleanBatch): { stream: string; externalId: string }[] {
  return [...batch.settled].flatMap(([stream, ids]) => [...ids].map((externalId) => ({ stream, externalId })));
}

function settle(batch: CleanBatch, stream: string, externalId: string): void {
  let ids = batch.settled.get(stream);
  if (!ids) batch.settled.set(stream, (ids = new Set()));
  ids.add(externalId);
}

/** Records to write (upserts and tombstones). */
export function batchSize(batch: CleanBatch): number {
  let n = 0;
  for (const rows of batch.upserts.values()) n += rows.size;
  for (const ids of batch.tombstones.values()) n += ids.size;
  return n;
}

/**
 * How full a batch is: records to write, rejects, and listed ids (a page
 * of ids carries no records, so without them a long id list would grow one
 * batch without bound).
 */
export function batchLoad(batch: CleanBatch): number {
  return batchSize(batch) + batch.rejects.length + batch.reconcile.reduce((n, r) => n + r.ids.length, 0);
}

/** Why a candidate failed its canonical schema, in one line a person can act on. */
function reasonOf(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(record)'}: ${i.message}`)
    .join('; ');
}

/**
 * Transform and clean records into `batch`: mappings -> canonical candidate,
 * validate and coerce against the canonical schema, dedupe by external id
 * (last wins, also across pages of one batch), tombstones for vendor
 * deletes. Invalid rows become dead
 * letters with the raw row and the reason; nothing is dropped silently.
 * `complete` is the page's `SyncResult.complete`: checked (a window for a
 * stream that is not a channel-metric stream throws a `validation` error)
 * and kept, unless the page had rejected rows of the window's stream, which
 * could be the rows the window would zero. `reconcile` is the page's
 * `SyncResult.reconcile`: checked (an unknown stream or an id outside its
 * range throws a `validation` error) and kept.
 */
export function addToBatch(
  batch: CleanBatch,
  records: readonly SyncRecord[],
  rejected: readonly RejectedRecord[],
  streams: ReadonlyMap<string, StreamSpec>,
  mappings: CompiledMappings,
  complete?: readonly CompleteWindow[],
  reconcile?: readonly CompleteIds[],
): void {
  const windows = checkCompleteWindows(complete, streams);
  batch.reconcile.push(...checkCompleteIds(reconcile, streams));
  const rejectsBefore = batch.rejects.length;
  batch.read += records.length + rejected.length;
  for (const r of rejected) {
    batch.rejects.push({ kind: 'record', stream: r.stream, externalId: r.externalId, reason: r.reason, payload: r.raw });
  }
  for (const record of records) {
    batch.rawRows.push({ stream: record.stream, raw: record.raw });
    const stream = streams.get(record.stream);
    if (!stream) {
      batch.rejects.push({ kind: 'record', stream: record.stream, reason: `Unknown stream "${record.stream}"`, payload: record.raw });
      continue;
    }
    if (record.deleted) {
      addTombstone(batch, stream, record);
      continue;
    }
    const parsed = CANONICAL_SCHEMAS[stream.entity].safeParse(applyMappings(mappings, record));
    if (!parsed.success) {
      const id = getPath(record.raw, stream.primaryKey);
      batch.rejects.push({
        kind: 'record',
        stream: stream.name,
        externalId: (typeof id === 'string' && id !== '') || typeof id === 'number' ? String(id) : undefined,
        reason: reasonOf(parsed.error.issues),
        payload: record.raw,
        ...(record.derived ? { derived: record.derived } : {}),
      });
      continue;
    }
    addUpsert(batch, stream.entity, { record: parsed.data as Record<string, unknown>, raw: record.raw });
    settle(batch, stream.name, String(parsed.data.externalId));
  }
  const newRejects = batch.rejects.slice(rejectsBefore);
  countStreams(batch, [...records, ...rejected], newRejects);
  addWindows(batch, windows, new Set(newRejects.map((r) => r.stream)));
}

function countStreams(batch: CleanBatch, read: readonly { stream: string }[], rejects: readonly { stream: string }[]): void {
  const of = (stream: string) => {
    let count = batch.streams.get(stream);
    if (!count) batch.streams.set(stream, (count = { read: 0, rejected: 0 }));
    return count;
  };
  for (const r of read) of(r.stream).read++;
  for (const r of rejects) of(r.stream).rejected++;
}

function addWindows(batch: CleanBatch, windows: readonly CompleteWindow[], rejectedStreams: ReadonlySet<string>): void {
  const key = (w: CompleteWindow) => JSON.stringify([w.stream, w.accountExternalId, w.from, w.to]);
  const known = new Set(batch.complete.map(key));
  for (const w of windows) {
    if (rejectedStreams.has(w.stream) || known.has(key(w))) continue;
    known.add(key(w));
    batch.complete.push(w);
  }
}

function addUpsert(batch: CleanBatch, entity: EntityType, row: UpsertRow): void {
  const id = String(row.record['externalId']);
  let rows = batch.upserts.get(entity);
  if (!rows) batch.upserts.set(entity, (rows = new Map()));
  if (rows.delete(id)) batch.duplicates++;
  rows.set(id, row);
  batch.tombstones.get(entity)?.delete(id);
}

function addTombstone(batch: CleanBatch, stream: StreamSpec, record: SyncRecord): void {
  const raw = getPath(record.raw, stream.primaryKey);
  if (typeof raw !== 'string' && typeof raw !== 'number') {
    batch.rejects.push({
      kind: 'record',
      stream: stream.name,
      reason: `Deleted record without "${stream.primaryKey}"`,
      payload: record.raw,
    });
    return;
  }
  const id = String(raw);
  let ids = batch.tombstones.get(stream.entity);
  if (!ids) batch.tombstones.set(stream.entity, (ids = new Set()));
  ids.add(id);
  batch.upserts.get(stream.entity)?.delete(id);
  settle(batch, stream.name, id);
}
