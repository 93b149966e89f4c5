import type { Slice, SyncCursor } from '@tributary/core';
import { z } from 'zod';
import { CurrencySetup } from './currency.js';

const NAMES = ['accounts', 'contacts', 'leads', 'opportunities', 'tasks', 'events'] as const;
const stamp = z.string().nullable();

/** The cursor this connector stored before it used core's declared streams (version 1). */
const SalesforceCursorV1 = z.object({
  v: z.literal(1),
  watermarks: z.object(Object.fromEntries(NAMES.map((n) => [n, stamp])) as Record<(typeof NAMES)[number], typeof stamp>),
  active: z
    .object({
      stream: z.enum(NAMES),
      since: stamp,
      seen: stamp,
      next: stamp,
      session: stamp,
      currency: CurrencySetup.nullable(),
    })
    .nullable(),
});

const fresh = (name: string, watermark: string | null): Slice => ({
  stream: name,
  partition: null,
  phase: 0,
  s: { token: null, since: watermark, initial: watermark === null, seen: null, count: 0 },
});

/**
 * A version-1 cursor as a core cursor: every object's watermark carries
 * over; a round in progress continues with the object it was reading (its
 * locator, if it belongs to the session still in use) and the objects after it.
 *
 * @example
 * legacyCursor({ v: 1, watermarks: { accounts: '2025-...', ... }, active: null }) // { v: 2, state: { streams: { accounts: { '': { watermark } } } }, run: null }
 */
export function legacyCursor(value: unknown): SyncCursor | null {
  const old = SalesforceCursorV1.safeParse(value);
  if (!old.success) return null;
  const { watermarks, active } = old.data;
  const streams = Object.fromEntries(NAMES.map((n) => [n, { '': { watermark: watermarks[n] } }]));
  if (!active) return { v: 2, state: { streams, feeds: {} }, run: null };
  const current: Slice = {
    ...fresh(active.stream, active.since),
    s: {
      token: active.next && active.session ? `${active.session} ${active.next}` : null,
      since: active.seen ?? active.since,
      initial: active.since === null,
      seen: active.seen,
      count: 0,
    },
  };
  const rest = NAMES.slice(NAMES.indexOf(active.stream) + 1).map((n) => fresh(n, watermarks[n]));
  const memo = active.currency ? { [active.stream]: active.currency } : {};
  return { v: 2, state: { streams, feeds: {} }, run: { slices: [current, ...rest], memo } };
}
