import { MAX_DATASET_SIZE } from '@tributary/sandbox';

export interface FathomSimulatorOptions {
  /** Seeds every generated record (default 1). */
  seed?: number;
  /** Recorded meetings at creation, spread over `historyDays`. */
  meetings: number;
  /** Outside people the meetings are held with (default a quarter of the meetings, 20 to 2,000). */
  contacts?: number;
  /** Days of history the meetings span, ending half an hour before creation (default 120). */
  historyDays?: number;
  /** The one API key accepted (default `fathom_sandbox_key`). */
  apiKey?: string;
  /** The simulator's clock (default: the real one). History ends just before its value at creation. */
  now?: () => Date;
  /** Meeting indexes served broken, for dead-letter tests. */
  malformedMeetings?: number[];
  /** Fathom's 60 calls a minute per key (`true`), or another budget per minute. Off by default. */
  rateLimit?: boolean | number;
}

export interface CheckedOptions {
  seed: number;
  meetings: number;
  contacts: number;
  historyDays: number;
  apiKey: string;
  malformedMeetings: number[];
  /** Calls per minute, when limited. */
  perMinute?: number;
}

export const DEFAULT_FATHOM_API_KEY = 'fathom_sandbox_key';

function count(name: string, value: number, min: number, max: number): number {
  if (!Number.isSafeInteger(value) || value < min || value > max) throw new RangeError(`${name} must be an integer from ${min} to ${max}`);
  return value;
}

/**
 * Validate options and fill in defaults.
 *
 * @example
 * checkOptions({ meetings: 100 }).contacts // 25
 */
export function checkOptions(options: FathomSimulatorOptions): CheckedOptions {
  const meetings = count('meetings', options.meetings, 0, Math.min(MAX_DATASET_SIZE, 1_000_000));
  const contacts = count('contacts', options.contacts ?? Math.min(2_000, Math.max(20, Math.ceil(meetings / 4))), 1, 100_000);
  const historyDays = count('historyDays', options.historyDays ?? 120, 1, 3_650);
  const malformedMeetings = options.malformedMeetings ?? [];
  for (const index of malformedMeetings) count('malformedMeetings entries', index, 0, Math.max(0, meetings - 1));
  const apiKey = options.apiKey ?? DEFAULT_FATHOM_API_KEY;
  if (!/^[\w-]{8,}$/.test(apiKey)) throw new RangeError('apiKey must be at least 8 letters, digits, _ or -');
  const rate = options.rateLimit === true ? 60 : options.rateLimit === false ? undefined : options.rateLimit;
  if (rate !== undefined) count('rateLimit', rate, 1, 100_000);
  return { seed: options.seed ?? 1, meetings, contacts, historyDays, apiKey, malformedMeetings, ...(rate ? { perMinute: rate } : {}) };
}
