import type { CompleteIds } from '../connector/complete-ids.js';
import type { CompleteWindow } from '../connector/complete-window.js';
import type { RejectedRecord, SyncRecord } from '../connector/types.js';
import type { Slice, StoredState, SyncCursor } from './cursor.js';
import { feedName } from './feed.js';
import { readStreamPage } from './fetch.js';
import { readReconcile, reconciledStream } from './reconcile.js';
import { eventsToRecords, toRecords, type RunStream } from './records.js';
import { streamContext, type BaseContext, type RunConfig } from './run-config.js';
import { STRATEGIES } from './strategies/index.js';
import type { Json } from './types.js';

/** What reading one slice once gave: records, and how the slice goes on. */
export interface SliceOutcome {
  records: SyncRecord[];
  rejected: RejectedRecord[];
  complete: CompleteWindow[];
  reconcile: CompleteIds[];
  /** The slice's next state; absent when it is done. */
  next?: Slice;
  /** When done: what the stream keeps for the partition. */
  stored?: StoredState | undefined;
  /** When a feed is done: its new position. */
  anchor?: Json;
  /** The feed's position expired: plan the feed again (walk the lists, then replay). */
  restartFeed?: string;
}

const empty = (): Pick<SliceOutcome, 'records' | 'rejected' | 'complete' | 'reconcile'> => ({
  records: [],
  rejected: [],
  complete: [],
  reconcile: [],
});

/** A reconciling stream remembers when the run that completed its read began: deletions before then were readable. */
const withReadAt = (stream: RunStream, stored: StoredState | undefined, run: SyncCursor['run']): StoredState | undefined =>
  stream.reconcile && stored && run?.startedAt ? { ...stored, readAt: run.startedAt } : stored;

function streamOf(config: RunConfig, name: string): RunStream {
  const stream = config.streams.find((s) => s.name === name);
  if (!stream) throw new Error(`The stored cursor names stream "${name}", which the connector does not declare`);
  return stream;
}

/** Read one page of a stream slice and move it on through its strategy. */
async function readStream(config: RunConfig, cursor: SyncCursor, slice: Slice, base: BaseContext): Promise<SliceOutcome> {
  const stream = streamOf(config, slice.stream);
  const strategy = STRATEGIES[stream.incremental.type];
  const run = cursor.run ?? { slices: [], memo: {} };
  if (stream.prepare && run.memo[stream.name] === undefined) {
    run.memo[stream.name] = await stream.prepare(streamContext(base, run.memo, stream.name));
  }
  const ctx = streamContext(base, run.memo, stream.name);
  const partition = slice.partition ?? undefined;
  let page;
  try {
    page = await readStreamPage(stream, strategy.window(slice.s, partition), ctx, config.pagination);
  } catch (error) {
    const recovered = strategy.recover?.(stream, slice.s, error);
    if (!recovered) throw error;
    base.logger.warn({ stream: stream.name, partition: partition?.key }, 'page position expired; restarting the window');
    return { ...empty(), next: { ...slice, s: recovered } };
  }
  const enriched = stream.enrich ? await stream.enrich(page.items, ctx) : undefined;
  const context = { ...(partition ? { partition } : {}), memo: ctx.memo, page: enriched, settings: base.settings };
  const { records, rejected } = toRecords(stream, page.items, context, config.vendor);
  const stored = cursor.state.streams[stream.name]?.[partition?.key ?? ''];
  const advance = strategy.advance({ stream, state: slice.s, page, partition, stored, ctx, now: base.now() });
  const complete = advance.complete ?? [];
  if ('done' in advance) return { records, rejected, complete, reconcile: [], stored: withReadAt(stream, advance.stored, cursor.run) };
  return { records, rejected, complete, reconcile: [], next: { ...slice, s: advance.state } };
}

/** Read on from a change feed's position; its events become records of the streams of their `object`. */
async function readFeed(config: RunConfig, cursor: SyncCursor, slice: Slice, name: string, base: BaseContext): Promise<SliceOutcome> {
  const feed = config.feeds[name];
  if (!feed) throw new Error(`The stored cursor names change feed "${name}", which the connector does not declare`);
  const page = await feed.read(slice.s.anchor ?? null, streamContext(base, cursor.run?.memo ?? {}, slice.stream));
  if (page.restart) return { ...empty(), restartFeed: name };
  const out = empty();
  out.rejected.push(...(page.rejected ?? []));
  const routed = eventsToRecords(config.streams, page.events, config.vendor, { memo: cursor.run?.memo ?? {}, settings: base.settings });
  out.records.push(...routed.records);
  out.rejected.push(...routed.rejected);
  if (page.hasMore) return { ...out, next: { ...slice, s: { ...slice.s, anchor: page.anchor } } };
  return { ...out, anchor: page.anchor };
}

/** Read one page of a stream's id list; its range is declared complete. */
async function readIds(config: RunConfig, cursor: SyncCursor, slice: Slice, name: string, base: BaseContext): Promise<SliceOutcome> {
  const { reconcile, next } = await readReconcile(streamOf(config, name), cursor, slice, base);
  return { ...empty(), reconcile, ...(next ? { next } : {}) };
}

/** Read one page of a slice (a stream's, a change feed's, or a reconcile's id list). */
export function readSlice(config: RunConfig, cursor: SyncCursor, slice: Slice, base: BaseContext): Promise<SliceOutcome> {
  const feed = feedName(slice.stream);
  if (feed !== undefined) return readFeed(config, cursor, slice, feed, base);
  const reconciled = reconciledStream(slice.stream);
  if (reconciled !== undefined) return readIds(config, cursor, slice, reconciled, base);
  return readStream(config, cursor, slice, base);
}
