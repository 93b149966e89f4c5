import type { SyncCursor } from '@tributary/core';
import { z } from 'zod';

const IsoDate = z.iso.date();

/** The cursor this connector stored before it used core's declared streams (version 1). */
const GoogleAdsCursorV1 = z.object({
  v: z.literal(1),
  accounts: z.record(z.string(), z.object({ since: IsoDate, through: IsoDate.nullable() })),
  pass: z.unknown(),
});

/**
 * A version-1 cursor as a core cursor: each account's history start and
 * last day read carry over. A pass that was in progress is not continued:
 * the next sync plans a new one from those states, re-reading at most the
 * days that pass had already read.
 *
 * @example
 * legacyCursor({ v: 1, accounts: { '1234567890': { since: '2026-09-01', through: '2026-10-01' } }, pass: null })
 */
export function legacyCursor(value: unknown): SyncCursor | null {
  const old = GoogleAdsCursorV1.safeParse(value);
  if (!old.success) return null;
  return { v: 2, state: { streams: { campaign_metrics: old.data.accounts }, feeds: {} }, run: null };
}
