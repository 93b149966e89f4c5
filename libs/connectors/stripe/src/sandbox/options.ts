import { MAX_DATASET_SIZE } from '@tributary/sandbox';
import { isStripeApiVersion } from './versions.js';
import type { WorldSizes } from './world.js';

export interface StripeSimulatorOptions {
  /** Seeds every generated record (default 1). */
  seed?: number;
  customers: number;
  charges: number;
  /** Generated refunds, at most one per charge (default: a twentieth of the charges). */
  refunds?: number;
  /** Generated subscriptions, about a fifth canceled (default: half the customers). */
  subscriptions?: number;
  /** The one key accepted (default `sk_test_tributary_sandbox`); must look like `sk_test_*` or `rk_test_*`. */
  apiKey?: string;
  /** The simulator's clock (default: the real one). History ends just before its value at creation. */
  now?: () => Date;
  /** Charge indexes served broken, for dead-letter tests. */
  malformedCharges?: number[];
  /** Sign Connect OAuth tokens so a restarted sandbox still accepts them. */
  oauthTokenSecret?: string;
  /** Off by default; when set, requests beyond it within a second get a 429. */
  rateLimitPerSecond?: number;
  /**
   * The account's default API version (default 2024-06-20): what requests
   * without `Stripe-Version` get and what events are rendered in.
   */
  accountApiVersion?: string;
}

function count(name: string, value: number, max = MAX_DATASET_SIZE): number {
  if (!Number.isSafeInteger(value) || value < 0 || value > max) throw new RangeError(`${name} must be an integer from 0 to ${max}`);
  return value;
}

/**
 * Validate options and fill in defaults.
 *
 * @example
 * checkOptions({ customers: 10, charges: 100 }).sizes.refunds // 5
 */
export function checkOptions(options: StripeSimulatorOptions): { sizes: WorldSizes; malformedCharges: number[] } {
  const customers = count('customers', options.customers);
  const charges = count('charges', options.charges);
  const refunds = count('refunds', options.refunds ?? Math.floor(charges / 20), charges);
  const subscriptions = count('subscriptions', options.subscriptions ?? Math.floor(customers / 2));
  if (subscriptions > 0 && customers === 0) throw new RangeError('subscriptions need at least one customer');
  const malformedCharges = options.malformedCharges ?? [];
  for (const index of malformedCharges) count('malformedCharges entries', index, charges - 1);
  if (options.apiKey !== undefined && !/^(sk|rk)_test_\w+$/.test(options.apiKey)) {
    throw new RangeError('apiKey must look like sk_test_* or rk_test_*');
  }
  if (options.accountApiVersion !== undefined && !isStripeApiVersion(options.accountApiVersion)) {
    throw new RangeError(`accountApiVersion ${options.accountApiVersion} is not a Stripe API version`);
  }
  const rate = options.rateLimitPerSecond;
  if (rate !== undefined && (!Number.isSafeInteger(rate) || rate < 1))
    throw new RangeError('rateLimitPerSecond must be a positive integer');
  return { sizes: { customers, charges, refunds, subscriptions }, malformedCharges };
}
