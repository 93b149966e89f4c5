import type { Partition, StreamContext } from './types.js';

/** A value fixed in the declaration or read from the connection's settings. */
export type Setting<T, TSettings = unknown> = T | ((ctx: StreamContext<TSettings>) => T);

/** Every run reads the whole list (small lists, snapshots, lists without a change filter). */
export interface FullRefresh {
  type: 'fullRefresh';
}

/**
 * A modified-at watermark: each run reads items changed at or after the
 * last watermark minus `overlapMs`, re-reading the overlap and relying on
 * the idempotent upsert, because several vendors store modification times
 * to the second and commit late. The watermark is the newest `cursorField`
 * value read. `windowMs` walks bounded windows forward to now (a vendor
 * that caps a query's time span); `maxItemsPerQuery` restarts the query
 * from the newest value seen when the vendor caps a query's results (and
 * pages on while every item read carries the query's lower bound, which a
 * restart could not move past).
 */
export interface UpdatedSince<TSettings = unknown> {
  type: 'updatedSince';
  /** Dot path of the item's modification time (ISO string, or epoch seconds/ms as `format` says). */
  cursorField: string;
  format?: 'iso' | 'unix' | 'unix_ms';
  overlapMs?: Setting<number, TSettings>;
  windowMs?: number;
  /** Where a first read starts (ISO; null: everything). */
  startAt?: Setting<string | null, TSettings>;
  maxItemsPerQuery?: number;
}

/**
 * A change feed shared by several streams (Stripe `/v1/events`): a first
 * run takes the feed's position, walks each stream's list, then replays
 * the feed from that position; later runs only replay the feed. The
 * connector declares the feed in `feeds`; each stream names it and the
 * `object` its items carry.
 */
export interface EventsReplay {
  type: 'eventsReplay';
  feed: string;
}

/**
 * Metrics by day (ad platforms, analytics): a first run reads from
 * `startDate` or the last `initialDays` days to today in the partition's
 * time zone; later runs re-read the last `lookbackDays` (vendors restate
 * late conversions), reaching back further over a gap. Each chunk of at
 * most `chunkDays` is one read, declared complete for `channel_metric`
 * streams (stored days the vendor no longer reports are zeroed).
 */
export interface DateWindows<TSettings = unknown> {
  type: 'dateWindows';
  startDate?: Setting<string | undefined, TSettings>;
  initialDays: Setting<number, TSettings>;
  lookbackDays: Setting<number, TSettings>;
  chunkDays: Setting<number, TSettings>;
  /** The partition's IANA time zone (default UTC). */
  timeZone?(partition: Partition | undefined): string;
  /** For complete windows: the `accountExternalId` the partition's records carry. */
  completeAccount?(partition: Partition | undefined): string;
}

/**
 * A delta query (Microsoft Graph): the first read follows next links to a
 * delta link, which is stored; later reads start from it and get only the
 * changes. When the vendor says the delta state expired (`resetOn`), the
 * partition is read again from scratch.
 */
export interface DeltaLink {
  type: 'deltaLink';
  nextLinkPath: string;
  deltaLinkPath: string;
  resetOn?(error: { status?: number | undefined; vendorCode?: string | undefined }): boolean;
}

/** The closed set of incremental strategies core runs. */
export type Incremental<TSettings = unknown> = FullRefresh | UpdatedSince<TSettings> | EventsReplay | DateWindows<TSettings> | DeltaLink;

/**
 * Resolve a declared setting for this run.
 *
 * @example
 * resolveSetting((ctx) => ctx.settings.days, ctx) // 30
 */
export function resolveSetting<T, TSettings>(value: Setting<T, TSettings>, ctx: StreamContext<TSettings>): T {
  return typeof value === 'function' ? (value as (c: StreamContext<TSettings>) => T)(ctx) : value;
}
