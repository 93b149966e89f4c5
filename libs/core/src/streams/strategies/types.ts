import type { CompleteWindow } from '../../connector/complete-window.js';
import type { SliceState, StoredState } from '../cursor.js';
import type { RunStream } from '../records.js';
import type { PageWindow, Partition, StreamContext, StreamPage } from '../types.js';

/** What a strategy plans from: the stream, its stored state for the partition, and this run's context. */
export interface PlanInput {
  stream: RunStream;
  partition: Partition | undefined;
  stored: StoredState | undefined;
  ctx: StreamContext;
  now: Date;
}

/** After a page: the slice goes on with a new state, or it is done and the stream stores `stored`. */
export type Advance =
  { state: SliceState; complete?: CompleteWindow[] } | { done: true; stored: StoredState | undefined; complete?: CompleteWindow[] };

/** How one incremental strategy plans a slice, frames each page and moves on. */
export interface Strategy {
  /** The slice to read in this run, or null when there is nothing to read. */
  plan(input: PlanInput): SliceState | null;
  window(state: SliceState, partition: Partition | undefined): PageWindow;
  advance(input: {
    stream: RunStream;
    state: SliceState;
    page: StreamPage;
    partition: Partition | undefined;
    stored: StoredState | undefined;
    ctx: StreamContext;
    now: Date;
  }): Advance;
  /** A failed read the stream or strategy can recover from by restarting the window (null: rethrow). */
  recover?(stream: RunStream, state: SliceState, error: unknown): SliceState | null;
}
