import { jsonCursor, type RejectedRecord, type SyncRecord } from '@tributary/core';
import { z } from 'zod';

export const STREAM_NAMES = ['accounts', 'contacts', 'leads', 'opportunities', 'tasks', 'events'] as const;
export const StreamName = z.enum(STREAM_NAMES);
export type StreamName = z.infer<typeof StreamName>;

/** How a multi-currency org is told from a single-currency one, found once per sync round. */
export const CurrencySetup = z.object({
  /** Records carry `CurrencyIsoCode` (multi-currency org). */
  multi: z.boolean(),
  /** The corporate (or only) currency: the fallback for records without a code. */
  corporate: z.string().length(3),
});
export type CurrencySetup = z.infer<typeof CurrencySetup>;

/** The query being read for one object. */
export const ActiveQuery = z.object({
  stream: StreamName,
  /** The object's watermark when the query started: rows with a newer SystemModstamp (null: every live row). */
  since: z.string().nullable(),
  /** Newest SystemModstamp returned so far: where an expired query locator restarts (`>=`). */
  seen: z.string().nullable(),
  /** `nextRecordsUrl` of the next batch; null before the first one. */
  next: z.string().nullable(),
  /** Fingerprint of the session that opened the locator: a locator only works for its own session. */
  session: z.string().nullable(),
  currency: CurrencySetup.nullable(),
});
export type ActiveQuery = z.infer<typeof ActiveQuery>;

const stamp = z.string().nullable();

/**
 * Per-object incremental state. `watermarks` holds, for every object, the
 * newest SystemModstamp of its last completed query; `active` is the query
 * being paged now (null between sync rounds: the next sync starts a new
 * round with the first object).
 */
export const SalesforceCursor = z.object({
  v: z.literal(1),
  watermarks: z.object({
    accounts: stamp,
    contacts: stamp,
    leads: stamp,
    opportunities: stamp,
    tasks: stamp,
    events: stamp,
  }),
  active: ActiveQuery.nullable(),
});
export type SalesforceCursor = z.infer<typeof SalesforceCursor>;

export const salesforceCursor = jsonCursor(SalesforceCursor);

/**
 * The query that starts reading `stream` from its watermark.
 *
 * @example
 * startQuery(cursor.watermarks, 'contacts') // { stream: 'contacts', since: '2025-...', seen: null, next: null, ... }
 */
export function startQuery(watermarks: SalesforceCursor['watermarks'], stream: StreamName): ActiveQuery {
  return { stream, since: watermarks[stream], seen: null, next: null, session: null, currency: null };
}

/** The cursor of a first (full) sync: no watermarks, reading the first object. */
export function initialCursor(): SalesforceCursor {
  const watermarks = { accounts: null, contacts: null, leads: null, opportunities: null, tasks: null, events: null };
  return { v: 1, watermarks, active: startQuery(watermarks, STREAM_NAMES[0]) };
}

/** One page's records and where the next call starts. */
export interface Page {
  records: SyncRecord[];
  rejected: RejectedRecord[];
  next: SalesforceCursor;
  hasMore: boolean;
}
