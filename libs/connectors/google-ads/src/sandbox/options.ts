import type { SimulatedClient } from '@tributary/sandbox';
import type { GoogleAdsAccountSpec } from './types.js';
import { DEFAULT_ACCOUNTS } from './world.js';

/** API versions the simulator serves: at most four live at once (v26 released 2026-10-14). */
export const GOOGLE_ADS_SIMULATOR_VERSIONS = ['v23', 'v24', 'v25', 'v26'] as const;

export interface GoogleAdsSimulatorOptions {
  /** Seeds ids, campaigns and every daily number (default 1). */
  seed?: number;
  /** The login's accounts (default: DEFAULT_ACCOUNTS, USD/EUR/JPY/KWD with a manager). */
  accounts?: readonly GoogleAdsAccountSpec[];
  /** Campaigns per non-manager account unless its spec says (default 8). */
  campaignsPerAccount?: number;
  /** Days of history before the first campaign day (default 400). */
  historyDays?: number;
  /** Days until a day's conversions are final; younger days are restated as time passes (default 7). */
  conversionLagDays?: number;
  /** A live clock. Default: frozen at creation, moved only by `advanceDays` / `advanceHours`. */
  now?: () => Date;
  /** OAuth clients (default: one sandbox client). */
  clients?: SimulatedClient[];
  /** Sign OAuth tokens so a restarted sandbox still accepts them. */
  oauthTokenSecret?: string;
  /** The Cloud project's daily operations quota; requests beyond it get 429 with the wait. Off by default. */
  operationsPerDay?: number;
  /** `retryDelay` of injected 429 faults, in seconds (default 30). */
  quotaRetrySeconds?: number;
  /** Rows per searchStream batch and per search page (Google: 10,000). */
  batchSize?: number;
  /**
   * Google's short-term rate limit per Cloud project and account (a token bucket; over it, 429
   * RESOURCE_TEMPORARILY_EXHAUSTED with the wait). Off by default; `setConditions` changes it while running.
   */
  rateLimit?: { perSecond: number; burst?: number };
}

export interface CheckedOptions {
  seed: number;
  accounts: readonly GoogleAdsAccountSpec[];
  campaignsPerAccount: number;
  historyDays: number;
  lagDays: number;
  quotaRetrySeconds: number;
  batchSize: number;
}

function int(name: string, value: number, min: number, max: number): number {
  if (!Number.isSafeInteger(value) || value < min || value > max) throw new RangeError(`${name} must be an integer from ${min} to ${max}`);
  return value;
}

function checkAccounts(accounts: readonly GoogleAdsAccountSpec[]): void {
  const keys = new Set(accounts.map((a) => a.key));
  if (keys.size !== accounts.length) throw new RangeError('account keys must be unique');
  for (const a of accounts) {
    if (!/^[A-Z]{3}$/.test(a.currency)) throw new RangeError(`account ${a.key}: currency must be an ISO 4217 code`);
    new Intl.DateTimeFormat('en-US', { timeZone: a.timeZone }); // throws a RangeError for an unknown time zone
    if (a.id !== undefined && !/^\d{10}$/.test(a.id)) throw new RangeError(`account ${a.key}: id must have 10 digits`);
    const parent = accounts.find((p) => p.key === a.parent);
    if (a.parent !== undefined && !parent?.manager) throw new RangeError(`account ${a.key}: parent must be a manager account`);
  }
}

/**
 * Validate options and fill in defaults.
 *
 * @example
 * checkOptions({}).campaignsPerAccount // 8
 */
export function checkOptions(options: GoogleAdsSimulatorOptions): CheckedOptions {
  const accounts = options.accounts ?? DEFAULT_ACCOUNTS;
  checkAccounts(accounts);
  if (options.operationsPerDay !== undefined) int('operationsPerDay', options.operationsPerDay, 1, 10_000_000);
  return {
    seed: options.seed ?? 1,
    accounts,
    campaignsPerAccount: int('campaignsPerAccount', options.campaignsPerAccount ?? 8, 0, 10_000),
    historyDays: int('historyDays', options.historyDays ?? 400, 1, 3_650),
    lagDays: int('conversionLagDays', options.conversionLagDays ?? 7, 0, 90),
    quotaRetrySeconds: int('quotaRetrySeconds', options.quotaRetrySeconds ?? 30, 1, 86_400),
    batchSize: int('batchSize', options.batchSize ?? 10_000, 1, 10_000),
  };
}
