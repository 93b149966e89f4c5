import type { z } from 'zod';
import type { EntityType } from '../canonical/entities.js';
import type { ConnectorError } from '../errors/errors.js';
import type { HttpRequest } from '../http/client.js';
import type { PaginationSpec } from '../http/pagination-spec.js';
import type { SyncOptions } from '../connector/types.js';
import type { StoredState } from './cursor.js';
import type { Incremental } from './incremental.js';

/** A JSON value: what a cursor can hold. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * One independently readable part of a stream: an ad account, a mail
 * folder, a property. `key` is stable across runs (its state is stored
 * under it); `data` is what the stream's requests need (a time zone, a
 * currency), opened once per run.
 */
export interface Partition {
  key: string;
  data?: Record<string, Json>;
}

/**
 * What one page read covers. The strategy fills its part: `since`
 * (`updatedSince`: items changed at or after it, overlap applied; null
 * reads everything), `until` (the end of a bounded window), `from`/`to`
 * (`dateWindows`, inclusive calendar dates in the partition's time zone),
 * `link` (`deltaLink`: the stored delta link, or null for a first read),
 * `range` (a split of a list by a numeric field). `token` is the page
 * position inside the window (null for its first page).
 */
export interface PageWindow {
  token: string | null;
  partition?: Partition;
  since?: string | null;
  until?: string;
  /** `updatedSince`: true on a stream's very first read (no watermark yet): deleted rows need not be asked for. */
  initial?: boolean;
  from?: string;
  to?: string;
  link?: string | null;
  range?: { gte?: number; lt?: number };
}

/** What stream code receives: the connection's HTTP client and settings, and the stream's run memo. */
export interface StreamContext<TSettings = unknown> extends SyncOptions<TSettings> {
  credentials: unknown;
  /** What the stream's `prepare` returned for this run (JSON, kept in the cursor). */
  memo: Json | undefined;
}

/** One page as a stream reads it: the vendor's items and the next page token. */
export interface StreamPage {
  items: readonly unknown[];
  /** The next page's token inside the window, or null at its end. */
  next: string | null;
  /** The response body (delta links, totals). */
  body?: unknown;
  /** The position is no longer valid (a query locator of another session): restart the window from what was seen. */
  restart?: boolean;
}

/** What `derive` and `isDeleted` may use besides the item. */
export interface ItemContext {
  /** For a child stream's item: the parent item it came from (parsed). */
  parent?: unknown;
  partition?: Partition;
  memo?: Json | undefined;
  /** What the stream's `enrich` returned for this page (lookups shared by its items). */
  page?: unknown;
  /** The change-feed event that carried the item (Stripe `customer.deleted`). */
  eventType?: string;
  settings?: unknown;
}

/** A request, or a function of the page window that builds one. */
export type StreamRequest<TSettings = unknown> = HttpRequest | ((window: PageWindow, ctx: StreamContext<TSettings>) => HttpRequest);

/** How a stream is split into partitions for a run, and how each is opened. */
export interface PartitionSpec<TSettings = unknown> {
  list(ctx: StreamContext<TSettings>): readonly Partition[] | Promise<readonly Partition[]>;
  /** Per run: what the partition's requests need (describe the ad account). Throws to fail the run. */
  open?(partition: Partition, ctx: StreamContext<TSettings>): Promise<Record<string, Json>> | Record<string, Json>;
  /** Whether a partition still belongs to the run (an account deselected mid-run is dropped). Checked each round. */
  still?(partition: Partition, ctx: StreamContext<TSettings>): boolean;
}

/**
 * A list walked in parallel slices of a numeric field (Stripe `created`):
 * the platform starts one slice over the whole range and, while it has
 * spare concurrency, splits a slice that still has pages in two. The
 * request reads `window.range` (`gte` inclusive, `lt` exclusive).
 */
export interface SplitSpec {
  /** Dot path of the item's numeric ordering field. */
  field: string;
  /** The vendor's order of the list by that field. */
  order: 'desc';
  /** No item has a smaller value (Stripe: 2011-01-01, before any account). */
  floor: number;
}

/** One page of the ids a vendor holds for a stream, for {@link ReconcileSpec}. */
export interface IdPage {
  /** Ascending in bytewise order (PostgreSQL `COLLATE "C"`), every one after the window's `after`. */
  ids: readonly string[];
  /** The next page's token, or null when the list is complete. */
  next: string | null;
  /** The position is no longer valid (a query locator of another session): read again from `after`. */
  restart?: boolean;
}

/**
 * Deletions an incremental read cannot see: a vendor that reports deletes
 * only for a while (Salesforce's Recycle Bin keeps them 15 days) forgets
 * those made during a long pause. Once per run, for a stream read before,
 * core asks `needed`; when it says so, after every other read of the run,
 * core reads the vendor's complete list of ids page by page and declares
 * each page's range complete (`SyncResult.reconcile`): the pipeline
 * tombstones stored live rows of the stream missing from it. Only ids are
 * read, never the rows again. Unpartitioned streams only.
 */
export interface ReconcileSpec<TSettings = unknown> {
  /**
   * Whether deletions since the stream was last read may be gone from the
   * vendor's reports. `readAt`: when the run that last completed the stream
   * began (undefined for a state stored before core tracked it).
   */
  needed(state: { stored: StoredState; readAt: string | undefined }, ctx: StreamContext<TSettings>): Promise<boolean> | boolean;
  /** One page of the ids the vendor holds now, ascending bytewise, after `after` (null: from the first). */
  read(window: { token: string | null; after: string | null }, ctx: StreamContext<TSettings>): Promise<IdPage>;
  /**
   * Where this stream's ids lie when other streams store the same entity
   * (Salesforce: `{ after: '003', through: '003~' }` for contacts, whose ids
   * all start with `003`): the first page's range starts after `after`, the
   * last one ends at `through`. Default: unbounded.
   */
  bounds?: { after?: string; through?: string };
}

/**
 * A declared stream: the data half (name, entity, description, primary
 * key) and how it is read. Core runs it: requests and pagination, the
 * incremental strategy and its cursor, partitions, validation into records
 * or dead letters with the reason.
 */
export interface DeclaredStream<TItem = unknown, TSettings = unknown> {
  name: string;
  entity: EntityType;
  description: string;
  /** Dot path of the vendor row's id (default `id`). */
  primaryKey?: string;
  /** What the vendor calls one item, for dead-letter reasons (`charge`, `Contact`). Default: the stream name. */
  label?: string;
  /** The request of the stream's list (a change-feed stream: the list a full sync walks). */
  request?: StreamRequest<TSettings>;
  /** Pagination of the list; `none` for a single response. Default: the connector's `http.pagination`. */
  pagination?: PaginationSpec | 'none';
  /** Where the items are in a `none`-paginated response (default: the body itself). */
  itemsPath?: string;
  /** Schema of the response envelope (checked before items are read). */
  response?: z.ZodType;
  /** Schema of one item: a failing item becomes a dead letter with the reason. */
  schema: z.ZodType<TItem>;
  incremental: Incremental<TSettings>;
  partitions?: PartitionSpec<TSettings>;
  split?: SplitSpec;
  /** The change-feed `object` value of this stream's items (`eventsReplay`). */
  object?: string;
  /** Per run, before the first page: lookups the whole run shares (an org's currency setup). JSON. */
  prepare?(ctx: StreamContext<TSettings>): Promise<Json> | Json;
  /** Per page: lookups its items share (emails of the accounts on a page of deals). */
  enrich?(items: readonly unknown[], ctx: StreamContext<TSettings>): Promise<unknown>;
  /** Values the mappings read as `$.name`: conversions, fallbacks, computed keys. */
  derive?(item: TItem, context: ItemContext): Record<string, unknown>;
  /** Whether a raw item is a deletion (a tombstone is stored). */
  isDeleted?(raw: Record<string, unknown>, context: ItemContext): boolean;
  /**
   * Records of other entities carried inside each item (a meeting's
   * participants): each child is a stream of its own for mappings and
   * storage, read with its parent.
   */
  children?: readonly ChildStream<TItem>[];
  /** The escape hatch: read one page of the window yourself (GAQL, SOQL locators). */
  read?(window: PageWindow, ctx: StreamContext<TSettings>): Promise<StreamPage>;
  /** Errors that mean "the page position expired": the window restarts from what was seen. */
  restartOn?(error: ConnectorError): boolean;
  /** Tombstone stored rows the vendor deleted without reporting it (see {@link ReconcileSpec}). */
  reconcile?: ReconcileSpec<TSettings>;
}

/**
 * A stream whose items live inside another stream's items: a meeting's
 * invitees, a message's recipients. Its records are emitted right after
 * their parent's (none for a parent that is deleted or rejected).
 */
export interface ChildStream<TParent = unknown, TItem = unknown> {
  name: string;
  entity: EntityType;
  description: string;
  primaryKey?: string;
  label?: string;
  schema: z.ZodType<TItem>;
  /** The child items of one parent item. */
  items(parent: TParent, context: ItemContext): readonly unknown[];
  /** Values the mappings read as `$.name`; `context.parent` is the parent item. */
  derive?(item: TItem, context: ItemContext): Record<string, unknown>;
}

/**
 * Declare a child stream (keeps the item types for `items` and `derive`).
 *
 * @example
 * defineChild<FathomMeeting, FathomInvitee>({ name: 'meeting_participants', entity: 'activity_participant',
 *   description: 'Invitees', schema: FathomInvitee, items: (m) => m.calendar_invitees,
 *   derive: (i, { parent }) => ({ activityExternalId: String((parent as FathomMeeting).recording_id) }) });
 */
export function defineChild<TParent, TItem>(child: ChildStream<TParent, TItem>): ChildStream<unknown, unknown> {
  return child as unknown as ChildStream<unknown, unknown>;
}

/** A declared stream with its item and settings types erased, as a connector lists it and core runs it. */
export type AnyStream = DeclaredStream<unknown, unknown>;

/**
 * Declare a stream (keeps the item type for `derive`, erases it for the list).
 *
 * @example
 * export const customers = defineStream({
 *   name: 'customers', entity: 'person', description: 'Customers',
 *   request: { path: '/v1/customers' }, schema: StripeCustomer,
 *   incremental: { type: 'fullRefresh' },
 *   derive: (c) => ({ kind: 'customer' }),
 * });
 */
export function defineStream<TItem, TSettings = unknown>(stream: DeclaredStream<TItem, TSettings>): AnyStream {
  return stream as unknown as AnyStream;
}
