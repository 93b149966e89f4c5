import { jsonCursor, type RejectedRecord, type SyncRecord } from '@tributary/core';
import { z } from 'zod';

/**
 * The newest event seen (incremental syncs read events after it) and when
 * events were last read: Stripe keeps 30 days of events, so only a gap of
 * that long since `checkedAt` can lose changes.
 */
export const Anchor = z.object({ eventId: z.string().nullable(), created: z.number().int(), checkedAt: z.number().int() });
export type Anchor = z.infer<typeof Anchor>;

/**
 * Full phase: walking one stream's list with `starting_after`; the anchor
 * was taken before the walk so changes made during it are replayed from
 * events afterwards. Events phase: reading events newer than the anchor.
 */
export const StripeCursor = z.discriminatedUnion('phase', [
  z.object({
    v: z.literal(1),
    phase: z.literal('full'),
    stream: z.enum(['customers', 'charges', 'refunds', 'subscriptions']),
    after: z.string().nullable(),
    anchor: Anchor,
  }),
  z.object({ v: z.literal(1), phase: z.literal('events'), anchor: Anchor }),
]);
export type StripeCursor = z.infer<typeof StripeCursor>;

export const stripeCursor = jsonCursor(StripeCursor);

/** One page's records and where the next call starts. */
export interface Page {
  records: SyncRecord[];
  rejected: RejectedRecord[];
  next: StripeCursor;
  hasMore: boolean;
}
