import type { RejectedRecord } from '../connector/types.js';
import type { Json, StreamContext } from './types.js';

/** One change-feed event: the object it carries (routed to the stream of that `object`) and its type. */
export interface FeedEvent {
  object: string;
  raw: unknown;
  type?: string;
}

/** One read of a change feed from a position. */
export interface FeedPage {
  /** Oldest first: a later change of the same object must win. */
  events: readonly FeedEvent[];
  /** The position after these events. */
  anchor: Json;
  hasMore: boolean;
  /** Events the connector could not read (they go to dead letters with the reason). */
  rejected?: readonly RejectedRecord[];
  /** The position is too old for the vendor to replay from (events expired): walk the lists again. */
  restart?: boolean;
}

/**
 * A change feed several streams share (Stripe `/v1/events`): where it is
 * now (taken before a full walk of the lists), and how to read on from a
 * position. The vendor's paging rules stay in the connector; core owns the
 * position in the cursor, the walk-then-replay order and the routing.
 *
 * @example
 * feeds: { events: { anchor: (ctx) => fetchAnchor(ctx.http, ctx.now()), read: (anchor, ctx) => readEvents(ctx.http, anchor, ctx.now()) } }
 */
export interface FeedSpec<TSettings = unknown> {
  anchor(ctx: StreamContext<TSettings>): Promise<Json>;
  read(anchor: Json, ctx: StreamContext<TSettings>): Promise<FeedPage>;
}

/** The slice name of a feed. */
export const feedSlice = (name: string): string => `feed:${name}`;
export const feedName = (slice: string): string | undefined => (slice.startsWith('feed:') ? slice.slice(5) : undefined);
