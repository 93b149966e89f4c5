import { compareIds, type CompleteIds } from '../connector/complete-ids.js';
import { isConnectorError, ValidationError } from '../errors/errors.js';
import type { Slice, StoredState, SyncCursor } from './cursor.js';
import type { RunStream } from './records.js';
import { streamContext, type BaseContext } from './run-config.js';
import type { IdPage, ReconcileSpec } from './types.js';

/** Reconcile slices run after every other slice of a run (list walks are phase 0, feed replays phase 1). */
export const RECONCILE_PHASE = 2;

/** The slice name of a stream's reconcile. */
export const reconcileSlice = (stream: string): string => `reconcile:${stream}`;
export const reconciledStream = (slice: string): string | undefined => (slice.startsWith('reconcile:') ? slice.slice(10) : undefined);

/**
 * This run's reconcile slice of a stream, when it declares `reconcile`,
 * was read before, and `needed` says the vendor may have forgotten
 * deletions since (null otherwise).
 */
export async function planReconcile(stream: RunStream, stored: StoredState | undefined, base: BaseContext): Promise<Slice | null> {
  if (!stream.reconcile || stored === undefined) return null;
  if (stream.partitions)
    throw new Error(`Stream "${stream.name}" declares reconcile and partitions: reconcile reads one id list per stream`);
  const needed = await stream.reconcile.needed({ stored, readAt: stored.readAt }, streamContext(base, {}, stream.name));
  if (!needed) return null;
  base.logger.info(
    { stream: stream.name },
    'deletions may be missing since the last read; reconciling stored rows with the ids the vendor holds',
  );
  return { stream: reconcileSlice(stream.name), partition: null, phase: RECONCILE_PHASE, s: { token: null, seen: null } };
}

/** The page's ids must ascend bytewise inside the range, or a wrong promise would tombstone live rows. */
function checkOrder(stream: string, ids: readonly string[], after: string | null): void {
  let previous = after;
  for (const id of ids) {
    if (previous !== null && compareIds(previous, id) >= 0) {
      throw new ValidationError(`Stream "${stream}" read ids out of bytewise order for reconcile (${id} after ${previous})`);
    }
    previous = id;
  }
}

/** The range one page covers: from the last id declared (or the lower bound) to its last id, or to the upper bound when the list ends. */
function declared(stream: string, spec: ReconcileSpec, page: IdPage, seen: string | null): CompleteIds[] {
  const done = page.next === null;
  const last = page.ids[page.ids.length - 1];
  if (!done && last === undefined) return [];
  const through = done ? (spec.bounds?.through ?? null) : (last ?? null);
  return [{ stream, ids: [...page.ids], after: seen ?? spec.bounds?.after ?? null, through }];
}

/** What reading one page of a reconcile slice gave: the range it declares, and the slice's next state (absent when done). */
export interface ReconcileOutcome {
  reconcile: CompleteIds[];
  next?: Slice;
}

/**
 * Read one page of a stream's id list from where the slice stands (`seen`:
 * the last id declared) and declare its range complete. An expired page
 * position (`restart`, or an error the stream's `restartOn` accepts) reads
 * again after `seen`: ranges already declared stay declared.
 */
export async function readReconcile(stream: RunStream, cursor: SyncCursor, slice: Slice, base: BaseContext): Promise<ReconcileOutcome> {
  const spec = stream.reconcile;
  if (!spec) throw new Error(`The stored cursor reconciles stream "${stream.name}", which declares no reconcile`);
  const seen = slice.s.seen ?? null;
  const again: ReconcileOutcome = { reconcile: [], next: { ...slice, s: { token: null, seen } } };
  let page: IdPage;
  try {
    page = await spec.read({ token: slice.s.token, after: seen }, streamContext(base, cursor.run?.memo ?? {}, stream.name));
  } catch (error) {
    if (isConnectorError(error) && stream.restartOn?.(error)) return again;
    throw error;
  }
  if (page.restart) return again;
  checkOrder(stream.name, page.ids, seen ?? spec.bounds?.after ?? null);
  const reconcile = declared(stream.name, spec, page, seen);
  if (page.next === null) return { reconcile };
  return { reconcile, next: { ...slice, s: { token: page.next, seen: page.ids[page.ids.length - 1] ?? seen } } };
}
