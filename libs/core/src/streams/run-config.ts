import type { PaginationSpec } from '../http/pagination-spec.js';
import type { SyncCursor } from './cursor.js';
import type { FeedSpec } from './feed.js';
import type { RunStream } from './records.js';
import type { Json, StreamContext } from './types.js';

/** What the runner needs from a connector's declaration. */
export interface RunConfig {
  /** The vendor's name, for dead-letter reasons (`Stripe charge does not match ...`). */
  vendor: string;
  streams: readonly RunStream[];
  feeds: Readonly<Record<string, FeedSpec>>;
  /** The connector's default pagination (`http.pagination`). */
  pagination?: PaginationSpec | undefined;
  /** Slices read at once (partitions, split ranges, streams); the connection's rate limiter paces them. */
  concurrency: number;
  /** Translate a cursor the connector stored before it was declared (so a checkpoint still resumes). */
  legacyCursor?: ((value: unknown) => SyncCursor | null) | undefined;
}

/** Every stream call's context, without the stream's memo. */
export type BaseContext = Omit<StreamContext, 'memo'>;

/** The context a stream's code gets in this run: the base context and the stream's memo. */
export const streamContext = (base: BaseContext, memo: Readonly<Record<string, Json>>, name: string): StreamContext => ({
  ...base,
  memo: memo[name],
});
