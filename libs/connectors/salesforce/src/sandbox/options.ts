import { MAX_DATASET_SIZE, type SimulatedClient } from '@tributary/sandbox';
import type { HiddenFields } from './field-security.js';
import { QUERY_LOCATOR_TTL_MS } from './locators.js';
import { DEFAULT_SALESFORCE_CLIENT, SALESFORCE_SESSION_TIMEOUT_SECONDS } from './oauth.js';
import { RECYCLE_BIN_DAYS } from './recycle-bin.js';
import type { WorldSizes } from './world.js';

export interface SalesforceSimulatorOptions {
  /** Seeds every generated record (default 1). */
  seed?: number;
  accounts: number;
  /** Default: three per account. */
  contacts?: number;
  /** Default: as many as accounts. */
  leads?: number;
  /** Default: as many as accounts (each with two contact roles). */
  opportunities?: number;
  /** Default: two per contact. */
  tasks?: number;
  /** Default: one per contact. */
  events?: number;
  /** The simulator's clock (default: the real one). History ends just before its value at creation. */
  now?: () => Date;
  /** Largest query batch (default 2,000, Salesforce's); smaller makes paging testable with few records. */
  pageSize?: number;
  /** Multi-currency org (records carry CurrencyIsoCode, CurrencyType exists). Default true. */
  multiCurrency?: boolean;
  /** The corporate currency (default USD). */
  currency?: string;
  /** Daily API allocation (default 100,000) and calls already used by others (default 0). */
  dailyApiLimit?: number;
  apiUsage?: number;
  /** Query locator lifetime (default two days). */
  queryLocatorTtlMs?: number;
  /** Connected Apps (default: DEFAULT_SALESFORCE_CLIENT). */
  clients?: SimulatedClient[];
  /** Refresh-token rotation (a per-app setting in Salesforce; default off). */
  rotateRefreshTokens?: boolean;
  /**
   * End sessions like the org's session timeout: `true` for Salesforce's
   * default (2 hours, `SALESFORCE_SESSION_TIMEOUT_SECONDS`) or seconds.
   * Off by default, so a test's tokens never die by the wall clock; use it
   * with a test clock (`now`).
   */
  sessionTimeout?: true | number;
  /** Custom number fields on Account, Contact and Lead (default `Tributary_Score__c`). */
  customFields?: string[];
  /** `instance_url` in token responses (default: the URL `start()` serves on). */
  instanceUrl?: string;
  /** Sign OAuth tokens so a restarted sandbox still accepts them. */
  oauthTokenSecret?: string;
  /** Days a deleted record stays in the Recycle Bin (`queryAll`, `getDeleted`) before it is purged (default 15). */
  recycleBinDays?: number;
  /** Fields the integration user cannot read (field-level security), by object: `{ Account: ['AnnualRevenue'] }`. */
  hiddenFields?: HiddenFields;
}

/** Options with defaults filled in. */
export interface CheckedOptions {
  sizes: WorldSizes;
  pageSize: number;
  dailyApiLimit: number;
  apiUsage: number;
  queryLocatorTtlMs: number;
  clients: SimulatedClient[];
  customFields: string[];
  currency: string;
  sessionTimeoutSeconds: number | undefined;
  recycleBinDays: number;
}

function count(name: string, value: number, max = MAX_DATASET_SIZE): number {
  if (!Number.isSafeInteger(value) || value < 0 || value > max) throw new RangeError(`${name} must be an integer from 0 to ${max}`);
  return value;
}

function sessionTimeout(value: true | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (value === true) return SALESFORCE_SESSION_TIMEOUT_SECONDS;
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError('sessionTimeout must be true or a positive number of seconds');
  return value;
}

/**
 * Validate options and fill in defaults.
 *
 * @example
 * checkOptions({ accounts: 10 }).sizes.contacts // 30
 */
export function checkOptions(options: SalesforceSimulatorOptions): CheckedOptions {
  const accounts = count('accounts', options.accounts);
  const contacts = count('contacts', options.contacts ?? accounts * 3);
  const sizes: WorldSizes = {
    accounts,
    contacts,
    leads: count('leads', options.leads ?? accounts),
    opportunities: count('opportunities', options.opportunities ?? accounts, MAX_DATASET_SIZE / 2),
    tasks: count('tasks', options.tasks ?? contacts * 2),
    events: count('events', options.events ?? contacts),
  };
  const currency = (options.currency ?? 'USD').toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw new RangeError('currency must be an ISO 4217 code');
  return {
    sizes,
    pageSize: count('pageSize', options.pageSize ?? 2000, 2000) || 2000,
    dailyApiLimit: count('dailyApiLimit', options.dailyApiLimit ?? 100_000, Number.MAX_SAFE_INTEGER),
    apiUsage: count('apiUsage', options.apiUsage ?? 0, Number.MAX_SAFE_INTEGER),
    queryLocatorTtlMs: count('queryLocatorTtlMs', options.queryLocatorTtlMs ?? QUERY_LOCATOR_TTL_MS, Number.MAX_SAFE_INTEGER),
    clients: options.clients ?? [DEFAULT_SALESFORCE_CLIENT],
    customFields: options.customFields ?? ['Tributary_Score__c'],
    currency,
    sessionTimeoutSeconds: sessionTimeout(options.sessionTimeout),
    recycleBinDays: options.recycleBinDays ?? RECYCLE_BIN_DAYS,
  };
}
