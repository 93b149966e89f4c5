import {
  ConfigError,
  VendorError,
  type HttpClient,
  type Logger,
  type RejectedRecord,
  type SyncOptions,
  type SyncRecord,
  type SyncResult,
} from '@tributary/core';
import { describeCustomer } from './accounts.js';
import { loginFor, type GoogleAdsCredentials, type GoogleAdsSettings } from './config.js';
import { googleAdsCursor, type AccountState, type GoogleAdsCursor, type OpenAccount, type Page } from './cursor.js';
import { addDays, todayIn } from './dates.js';
import { searchStream, type GoogleAdsAccess } from './requests.js';
import { CAMPAIGN_METRICS, campaignDayRecord, campaignMetricsQuery, isRejected } from './streams/index.js';
import { chunkOf, planRange } from './window.js';

interface Run {
  http: HttpClient;
  logger: Logger;
  settings: GoogleAdsSettings;
  credentials: GoogleAdsCredentials;
  now: Date;
}

export const NO_ACCOUNT_MESSAGE = 'No Google Ads account is selected: select an account to sync in the connector settings.';

const emptyCursor = (): GoogleAdsCursor => ({ v: 1, accounts: {}, pass: null });

/**
 * One page of a Google Ads sync: one date chunk of one selected account
 * (`googleAds:searchStream`, every row of the chunk in one response), declared
 * `complete` for the chunk so stored days Google no longer reports are zeroed. A pass
 * walks the selected accounts in order; the cursor keeps, per account, where
 * its history starts and the last date read, so the next pass re-reads the
 * restatement window (and any gap) in the account's own time zone.
 *
 * @example
 * const page = await syncPage(credentials, null, { ...ctx, mode: 'full' }); // first chunk of the first account
 */
export async function syncPage(
  credentials: GoogleAdsCredentials,
  cursorText: string | null,
  options: SyncOptions<GoogleAdsSettings>,
): Promise<SyncResult> {
  if (options.settings.customerIds.length === 0) throw new ConfigError(NO_ACCOUNT_MESSAGE);
  const run: Run = { http: options.http, logger: options.logger, settings: options.settings, credentials, now: options.now() };
  const page = await readPage(run, googleAdsCursor.decode(cursorText) ?? emptyCursor());
  return {
    records: page.records,
    rejected: page.rejected,
    complete: page.complete,
    cursor: googleAdsCursor.encode(page.next),
    hasMore: page.hasMore,
    syncedAt: run.now,
    stats: { created: 0, updated: 0, errors: page.rejected.length },
  };
}

const accessFor = (run: Run, customerId: string): GoogleAdsAccess => ({
  developerToken: run.credentials.developerToken,
  loginCustomerId: loginFor(run.settings, customerId) ?? run.credentials.loginCustomerId,
});

async function readPage(run: Run, cursor: GoogleAdsCursor): Promise<Page> {
  const selected = new Set(run.settings.customerIds);
  const pass = cursor.pass ?? { pending: [...run.settings.customerIds], current: null };
  // Accounts deselected since the pass began are dropped; newly selected ones join the next pass.
  const pending = pass.pending.filter((id) => selected.has(id));
  let current = pass.current && selected.has(pass.current.customerId) ? pass.current : null;
  while (!current) {
    const id = pending.shift();
    if (id === undefined) return { records: [], rejected: [], complete: [], next: { ...cursor, pass: null }, hasMore: false };
    current = await openAccount(run, id, cursor.accounts[id]);
  }
  return readChunk(run, cursor, current, pending);
}

/** The account's currency and time zone (one small query), and the dates to read in its time. */
async function openAccount(run: Run, customerId: string, state: AccountState | undefined): Promise<OpenAccount | null> {
  const info = await describeCustomer(run.http, accessFor(run, customerId), customerId);
  if (info.manager) {
    throw new ConfigError(
      `Google Ads account ${customerId} (${info.descriptiveName}) is a manager account, which has no metrics of its own: select its client accounts instead.`,
    );
  }
  let today: string;
  try {
    today = todayIn(info.timeZone, run.now);
  } catch {
    throw new VendorError(`Google Ads account ${customerId} reports a time zone this runtime does not know: ${info.timeZone}`);
  }
  const range = planRange(run.settings, state, today);
  run.logger.info({ customerId, timeZone: info.timeZone, today, ...range }, 'google ads account');
  return range ? { customerId, currency: info.currencyCode, timeZone: info.timeZone, ...range, next: range.from } : null;
}

async function readChunk(run: Run, cursor: GoogleAdsCursor, current: OpenAccount, pending: string[]): Promise<Page> {
  const chunk = chunkOf(current.next, current.to, run.settings.daysPerRequest);
  const query = campaignMetricsQuery(chunk.from, chunk.to);
  const rows = await searchStream(run.http, accessFor(run, current.customerId), current.customerId, query);
  const records: SyncRecord[] = [];
  const rejected: RejectedRecord[] = [];
  for (const row of rows) {
    const r = campaignDayRecord(row, current);
    if (isRejected(r)) rejected.push(r);
    else records.push(r);
  }
  run.logger.debug({ customerId: current.customerId, ...chunk, rows: rows.length }, 'google ads chunk');
  // searchStream returned every row of the chunk, and Google leaves out all-zero days: a stored
  // day of this account and chunk that is not here is all zero now (every click credited as invalid).
  // accountExternalId is the customer id the records carry (campaignDayRecord).
  const complete = [{ stream: CAMPAIGN_METRICS, accountExternalId: current.customerId, ...chunk }];
  if (chunk.to < current.to) {
    return {
      records,
      rejected,
      complete,
      next: { ...cursor, pass: { pending, current: { ...current, next: addDays(chunk.to, 1) } } },
      hasMore: true,
    };
  }
  const accounts = { ...cursor.accounts, [current.customerId]: { since: current.since, through: current.to } };
  const done = pending.length === 0;
  return { records, rejected, complete, next: { v: 1, accounts, pass: done ? null : { pending, current: null } }, hasMore: !done };
}
