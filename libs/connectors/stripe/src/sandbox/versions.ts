/**
 * Stripe API versions the simulator knows, from Stripe's changelog
 * (https://docs.stripe.com/changelog). Stripe refuses a `Stripe-Version`
 * it does not know with a 400, so the simulator does too; add a version
 * here when Stripe releases one.
 */
const DATED = [
  '2017-08-15',
  '2017-12-14',
  '2018-01-23',
  '2018-02-05',
  '2018-02-06',
  '2018-02-28',
  '2018-05-21',
  '2018-07-27',
  '2018-08-23',
  '2018-09-06',
  '2018-09-24',
  '2018-10-31',
  '2018-11-08',
  '2019-02-11',
  '2019-02-19',
  '2019-03-14',
  '2019-05-16',
  '2019-08-14',
  '2019-09-09',
  '2019-10-08',
  '2019-10-17',
  '2019-11-05',
  '2019-12-03',
  '2020-03-02',
  '2020-08-27',
  '2022-08-01',
  '2022-11-15',
  '2023-08-16',
  '2023-10-16',
  '2024-04-10',
  '2024-06-20',
];
/** Since 2024-09-30 a version carries the name of its major release; monthly releases within one are backward compatible. */
const NAMED = {
  acacia: ['2024-09-30', '2024-10-28', '2024-11-20', '2024-12-18', '2025-01-27', '2025-02-24'],
  basil: ['2025-03-31', '2025-04-30', '2025-05-28', '2025-06-30', '2025-07-30', '2025-08-27'],
  clover: ['2025-09-30', '2025-10-29', '2025-11-17', '2025-12-15', '2026-01-28', '2026-02-25'],
  dahlia: ['2026-03-25', '2026-04-22', '2026-05-27', '2026-07-29', '2026-08-26'],
};

export const STRIPE_API_VERSIONS: readonly string[] = [
  ...DATED,
  ...Object.entries(NAMED).flatMap(([name, dates]) => dates.map((date) => `${date}.${name}`)),
];

const known = new Set(STRIPE_API_VERSIONS);

/** Whether Stripe knows this `Stripe-Version`. */
export const isStripeApiVersion = (version: string): boolean => known.has(version);

/**
 * 2025-03-31.basil moved `current_period_start` / `current_period_end` from
 * the subscription to each subscription item and removed `charge.invoice`
 * (https://docs.stripe.com/changelog/basil/2025-03-31/deprecate-subscription-current-period-start-and-end).
 *
 * @example
 * isBasilOrLater('2024-06-20') // false
 * isBasilOrLater('2025-09-30.clover') // true
 */
export const isBasilOrLater = (version: string): boolean => version.slice(0, 10) >= '2025-03-31';
