import { type Slice, type SyncCursor } from '@tributary/core';
import { z } from 'zod';
import { CREATED_SPLIT } from './streams/list.js';

/**
 * The newest event seen (incremental syncs read events after it) and when
 * events were last read: Stripe keeps 30 days of events, so only a gap of
 * that long since `checkedAt` can lose changes.
 */
export const Anchor = z.object({ eventId: z.string().nullable(), created: z.number().int(), checkedAt: z.number().int() });
export type Anchor = z.infer<typeof Anchor>;

const STREAM_ORDER = ['customers', 'charges', 'refunds', 'subscriptions'] as const;

/** The cursor this connector stored before it used core's declared streams (version 1). */
const StripeCursorV1 = z.discriminatedUnion('phase', [
  z.object({ v: z.literal(1), phase: z.literal('full'), stream: z.enum(STREAM_ORDER), after: z.string().nullable(), anchor: Anchor }),
  z.object({ v: z.literal(1), phase: z.literal('events'), anchor: Anchor }),
]);

const walk = (stream: string, token: string | null): Slice => ({
  stream,
  partition: null,
  phase: 0,
  s: { token, range: { gte: CREATED_SPLIT.floor } },
});

/**
 * A version-1 cursor as a core cursor: a full walk in progress continues
 * with the stream it was on (from the same `starting_after`) and the ones
 * after it, then replays events from its anchor; an events cursor keeps
 * its anchor as the feed position.
 *
 * @example
 * legacyCursor({ v: 1, phase: 'events', anchor }) // { v: 2, state: { streams: {}, feeds: { events: anchor } }, run: null }
 */
export function legacyCursor(value: unknown): SyncCursor | null {
  const old = StripeCursorV1.safeParse(value);
  if (!old.success) return null;
  const state = { streams: {}, feeds: {} };
  if (old.data.phase === 'events') return { v: 2, state: { ...state, feeds: { events: old.data.anchor } }, run: null };
  const rest = STREAM_ORDER.slice(STREAM_ORDER.indexOf(old.data.stream) + 1);
  const slices = [walk(old.data.stream, old.data.after), ...rest.map((s) => walk(s, null))];
  const replay: Slice = { stream: 'feed:events', partition: null, phase: 1, s: { token: null, anchor: old.data.anchor } };
  return { v: 2, state, run: { slices: [...slices, replay], memo: {} } };
}
