import type { CompleteIds } from '../connector/complete-ids.js';
import type { CompleteWindow } from '../connector/complete-window.js';
import type { RejectedRecord, SyncOptions, SyncRecord, SyncResult } from '../connector/types.js';
import { decodeCursor, encodeCursor, type Slice, type SyncCursor } from './cursor.js';
import { planFeed, planRun } from './plan.js';
import { readSlice, type SliceOutcome } from './read-slice.js';
import type { RunStream } from './records.js';
import { streamContext, type BaseContext, type RunConfig } from './run-config.js';
import { splitSlices } from './split.js';

type Run = NonNullable<SyncCursor['run']>;

/** Fold one slice's outcome into the run: its next state, or what it leaves stored when done. */
function apply(cursor: SyncCursor, run: Run, slice: Slice, outcome: SliceOutcome): void {
  const at = run.slices.indexOf(slice);
  if (outcome.next) {
    run.slices[at] = outcome.next;
    return;
  }
  run.slices.splice(at, 1);
  if (outcome.anchor !== undefined) cursor.state.feeds[slice.stream.slice('feed:'.length)] = outcome.anchor;
  else if (outcome.stored !== undefined) {
    const byPartition = (cursor.state.streams[slice.stream] ??= {});
    byPartition[slice.partition?.key ?? ''] = outcome.stored;
  }
}

/**
 * One round: up to `concurrency` slices of the lowest pending phase read
 * one page each, at once; their records merged in slice order; then spare
 * concurrency is used by splitting slices that still have pages.
 */
/** Drop slices of partitions the stream no longer reads (settings changed during the run). */
function dropStale(config: RunConfig, run: Run, base: BaseContext): void {
  run.slices = run.slices.filter((slice) => {
    const still = config.streams.find((s) => s.name === slice.stream)?.partitions?.still;
    return !still || !slice.partition || still(slice.partition, streamContext(base, run.memo, slice.stream));
  });
}

async function round(config: RunConfig, cursor: SyncCursor, run: Run, base: BaseContext) {
  const phase = Math.min(...run.slices.map((s) => s.phase));
  const active = run.slices.filter((s) => s.phase === phase).slice(0, config.concurrency);
  const outcomes = await Promise.all(active.map((slice) => readSlice(config, cursor, slice, base)));
  const records: SyncRecord[] = [];
  const rejected: RejectedRecord[] = [];
  const complete: CompleteWindow[] = [];
  const reconcile: CompleteIds[] = [];
  const restarts: string[] = [];
  active.forEach((slice, i) => {
    const outcome = outcomes[i] as SliceOutcome;
    records.push(...outcome.records);
    rejected.push(...outcome.rejected);
    complete.push(...outcome.complete);
    reconcile.push(...outcome.reconcile);
    if (outcome.restartFeed) {
      run.slices.splice(run.slices.indexOf(slice), 1);
      delete cursor.state.feeds[outcome.restartFeed];
      restarts.push(outcome.restartFeed);
    } else apply(cursor, run, slice, outcome);
  });
  for (const feed of restarts) run.slices.push(...(await planFeed(config, cursor, feed, base)));
  if (run.slices.length > 0) {
    const streams = new Map<string, RunStream>(config.streams.map((s) => [s.name, s]));
    splitSlices(run.slices, streams, Math.min(...run.slices.map((s) => s.phase)), config.concurrency);
  }
  return { records, rejected, complete, reconcile };
}

/**
 * The `sync` of a declared connector: decode the versioned cursor (or a
 * legacy one), plan a run when none is in progress (partitions, change
 * feeds, each stream's strategy), read one round, and return its records
 * with the cursor after it. A run ends when every slice is done; the next
 * sync plans a new one from what the streams stored.
 *
 * @example
 * const sync = createStreamSync({ vendor: 'Acme', streams, feeds: {}, concurrency: 1 });
 * const page = await sync(credentials, null, options); // first page of a full sync
 */
export function createStreamSync(declared: RunConfig) {
  return async function sync(credentials: unknown, cursorText: string | null, options: SyncOptions<unknown>): Promise<SyncResult> {
    const config = options.concurrency ? { ...declared, concurrency: options.concurrency } : declared;
    const cursor = decodeCursor(cursorText, config.legacyCursor);
    const base: BaseContext = { ...options, credentials };
    const run = cursor.run ?? (await planRun(config, cursor, base));
    cursor.run = run;
    dropStale(config, run, base);
    const page =
      run.slices.length > 0 ? await round(config, cursor, run, base) : { records: [], rejected: [], complete: [], reconcile: [] };
    const hasMore = run.slices.length > 0;
    if (!hasMore) cursor.run = null;
    return {
      records: page.records,
      rejected: page.rejected,
      ...(page.complete.length > 0 ? { complete: page.complete } : {}),
      ...(page.reconcile.length > 0 ? { reconcile: page.reconcile } : {}),
      cursor: encodeCursor(cursor),
      hasMore,
      syncedAt: options.now(),
      stats: { created: 0, updated: 0, errors: page.rejected.length },
    };
  };
}
