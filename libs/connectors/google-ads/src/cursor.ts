import { jsonCursor, type CompleteWindow, type RejectedRecord, type SyncRecord } from '@tributary/core';
import { z } from 'zod';
import { IsoDate } from './dates.js';

/** Per account: where its history starts (the first sync's range) and the last date read. */
export const AccountState = z.object({ since: IsoDate, through: IsoDate.nullable() });
export type AccountState = z.infer<typeof AccountState>;

/** The account being read in this pass: its currency and time zone, its range and the next chunk. */
export const OpenAccount = z.object({
  customerId: z.string(),
  currency: z.string().length(3),
  timeZone: z.string(),
  since: IsoDate,
  from: IsoDate,
  to: IsoDate,
  next: IsoDate,
});
export type OpenAccount = z.infer<typeof OpenAccount>;

/**
 * A pass reads every selected account once, one date chunk per page; when
 * it ends, `pass` is null and the next sync starts a new one from the
 * per-account state (restatement window, or the first-sync range for an
 * account selected since).
 */
export const GoogleAdsCursor = z.object({
  v: z.literal(1),
  accounts: z.record(z.string(), AccountState),
  pass: z.object({ pending: z.array(z.string()), current: OpenAccount.nullable() }).nullable(),
});
export type GoogleAdsCursor = z.infer<typeof GoogleAdsCursor>;

export const googleAdsCursor = jsonCursor(GoogleAdsCursor);

/** One page's records, the window it read completely, and where the next call starts. */
export interface Page {
  records: SyncRecord[];
  rejected: RejectedRecord[];
  complete: CompleteWindow[];
  next: GoogleAdsCursor;
  hasMore: boolean;
}
