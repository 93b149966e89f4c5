import type { Slice, SyncCursor } from './cursor.js';
import { feedSlice } from './feed.js';
import type { EventsReplay } from './incremental.js';
import { mapLimit } from './limit.js';
import { planReconcile } from './reconcile.js';
import type { RunStream } from './records.js';
import { streamContext, type BaseContext, type RunConfig } from './run-config.js';
import { STRATEGIES } from './strategies/index.js';
import type { Json, Partition } from './types.js';

type Run = NonNullable<SyncCursor['run']>;

/** The partitions a stream reads this run, opened (null: the stream is not partitioned). */
async function partitionsOf(config: RunConfig, stream: RunStream, base: BaseContext): Promise<(Partition | null)[]> {
  if (!stream.partitions) return [null];
  const ctx = streamContext(base, {}, stream.name);
  const listed = await stream.partitions.list(ctx);
  const open = stream.partitions.open;
  if (!open) return [...listed];
  return mapLimit(listed, config.concurrency, async (p) => ({ key: p.key, data: { ...p.data, ...(await open(p, ctx)) } }));
}

/** A stream's slices for this run, one per partition with something to read. */
async function streamSlices(config: RunConfig, cursor: SyncCursor, stream: RunStream, base: BaseContext): Promise<Slice[]> {
  const strategy = STRATEGIES[stream.incremental.type];
  const slices: Slice[] = [];
  for (const partition of await partitionsOf(config, stream, base)) {
    const stored = cursor.state.streams[stream.name]?.[partition?.key ?? ''];
    const ctx = streamContext(base, {}, stream.name);
    const s = strategy.plan({ stream, partition: partition ?? undefined, stored, ctx, now: base.now() });
    if (s) slices.push({ stream: stream.name, partition, phase: 0, s });
    const reconcile = await planReconcile(stream, stored, base);
    if (reconcile) slices.push(reconcile);
  }
  return slices;
}

/**
 * A change feed's part of a run: with a stored position, only the feed is
 * replayed; without one (a first or full sync, or a position too old), the
 * position is taken now, every stream of the feed walks its list, and the
 * feed replays from that position afterwards (phase 1), so changes made
 * during the walk are not lost.
 */
export async function planFeed(config: RunConfig, cursor: SyncCursor, feed: string, base: BaseContext): Promise<Slice[]> {
  const spec = config.feeds[feed];
  if (!spec) throw new Error(`Stream declares change feed "${feed}", which the connector does not declare`);
  const stored = cursor.state.feeds[feed];
  const replay = (anchor: Json): Slice => ({ stream: feedSlice(feed), partition: null, phase: 1, s: { token: null, anchor } });
  if (stored !== undefined) return [replay(stored)];
  const anchor = await spec.anchor(streamContext(base, {}, feedSlice(feed)));
  const walks: Slice[] = [];
  for (const stream of config.streams) {
    if (stream.incremental.type === 'eventsReplay' && stream.incremental.feed === feed) {
      walks.push(...(await streamSlices(config, cursor, stream, base)));
    }
  }
  return [...walks, replay(anchor)];
}

/**
 * Plan a run: every stream's slices (change-feed streams through their
 * feed, reconciles after everything). Streams `prepare` when first read.
 */
export async function planRun(config: RunConfig, cursor: SyncCursor, base: BaseContext): Promise<Run> {
  const slices: Slice[] = [];
  const feeds = new Set<string>();
  for (const stream of config.streams) {
    if (stream.incremental.type === 'eventsReplay') feeds.add((stream.incremental as EventsReplay).feed);
    else slices.push(...(await streamSlices(config, cursor, stream, base)));
  }
  for (const feed of feeds) slices.push(...(await planFeed(config, cursor, feed, base)));
  return { slices, memo: {}, startedAt: base.now().toISOString() };
}
