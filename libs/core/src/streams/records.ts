import type { RejectedRecord, SyncRecord } from '../connector/types.js';
import { getPath } from '../util/path.js';
import type { FeedEvent } from './feed.js';
import type { AnyStream, ItemContext, Json } from './types.js';

/** A stream as the runner reads it (item type erased). */
export type RunStream = AnyStream;

const asObject = (raw: unknown): Record<string, unknown> =>
  raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};

/**
 * Why an item failed its schema, in one line: the first three issues.
 *
 * @example
 * issuesText([{ path: ['amount'], message: 'Invalid input' }]) // 'amount: Invalid input'
 */
export function issuesText(issues: readonly { path: readonly PropertyKey[]; message: string }[], root = '(object)'): string {
  return issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || root}: ${i.message}`)
    .join('; ');
}

/**
 * One vendor item -> a record (a tombstone when the stream says it is a
 * deletion), or a rejection with the reason and the item's id (it goes to
 * dead letters with the raw item; nothing is dropped). The record keeps
 * the vendor's item untouched as its raw row, plus what `derive` computed.
 *
 * @example
 * toRecord(charges, { id: 'ch_1', amount: 'abc' }, {}, 'Stripe')
 * // { stream: 'charges', raw, reason: 'Stripe charge does not match the expected shape: amount: ...', externalId: 'ch_1' }
 */
export function toRecord(stream: RunStream, raw: unknown, context: ItemContext, vendor: string): SyncRecord | RejectedRecord {
  const object = asObject(raw);
  if (stream.isDeleted?.(object, context)) return { stream: stream.name, raw: object, deleted: true };
  const parsed = stream.schema.safeParse(raw);
  if (!parsed.success) {
    const id = getPath(object, stream.primaryKey ?? 'id');
    const label = stream.label ?? stream.name;
    return {
      stream: stream.name,
      raw,
      reason: `${vendor} ${label} does not match the expected shape: ${issuesText(parsed.error.issues)}`,
      ...(typeof id === 'string' || typeof id === 'number' ? { externalId: String(id) } : {}),
    };
  }
  const derived = stream.derive?.(parsed.data, context);
  return { stream: stream.name, raw: object, ...(derived ? { derived } : {}) };
}

export const isRejected = (r: SyncRecord | RejectedRecord): r is RejectedRecord => 'reason' in r;

/** A child stream read as a stream of its own (records, rejections, derive). */
function childAsStream(parent: RunStream, child: NonNullable<RunStream['children']>[number]): RunStream {
  return { ...child, incremental: parent.incremental };
}

/** The records of an item's children (none when the item does not parse). */
function childRecords(stream: RunStream, item: unknown, context: ItemContext, vendor: string) {
  const parsed = stream.children?.length ? stream.schema.safeParse(item) : undefined;
  if (!parsed?.success) return [];
  return (stream.children ?? []).flatMap((child) =>
    child.items(parsed.data, context).map((ci) => toRecord(childAsStream(stream, child), ci, { ...context, parent: parsed.data }, vendor)),
  );
}

/** Items of one page -> records and rejections, in order; each item's child records right after it. */
export function toRecords(
  stream: RunStream,
  items: readonly unknown[],
  context: ItemContext,
  vendor: string,
): { records: SyncRecord[]; rejected: RejectedRecord[] } {
  const records: SyncRecord[] = [];
  const rejected: RejectedRecord[] = [];
  for (const item of items) {
    const r = toRecord(stream, item, context, vendor);
    if (isRejected(r)) {
      rejected.push(r);
      continue;
    }
    records.push(r);
    if (r.deleted || !stream.children) continue;
    for (const c of childRecords(stream, item, context, vendor)) {
      if (isRejected(c)) rejected.push(c);
      else records.push(c);
    }
  }
  return { records, rejected };
}

/**
 * Change-feed events (oldest first) -> records of the `eventsReplay`
 * streams whose `object` they carry (webhooks deliver the same events);
 * events of other objects are skipped.
 *
 * @example
 * eventsToRecords(streams, [{ object: 'charge', raw: charge, type: 'charge.updated' }], 'Stripe').records // [{ stream: 'charges', ... }]
 */
export function eventsToRecords(
  streams: readonly RunStream[],
  events: readonly FeedEvent[],
  vendor: string,
  context: { memo?: Readonly<Record<string, Json>>; settings?: unknown } = {},
): { records: SyncRecord[]; rejected: RejectedRecord[] } {
  const records: SyncRecord[] = [];
  const rejected: RejectedRecord[] = [];
  for (const event of events) {
    const stream = streams.find((s) => s.object === event.object && s.incremental.type === 'eventsReplay');
    if (!stream) continue;
    const item: ItemContext = {
      memo: context.memo?.[stream.name],
      settings: context.settings,
      ...(event.type ? { eventType: event.type } : {}),
    };
    const r = toRecord(stream, event.raw, item, vendor);
    if (isRejected(r)) rejected.push(r);
    else records.push(r);
  }
  return { records, rejected };
}
