import type { Rng } from '@tributary/sandbox';

/**
 * The smallest step of a Stripe amount: ISK is two-decimal in the API but
 * has no minor unit, so its amounts must be whole kronur (divisible by 100).
 * https://docs.stripe.com/currencies#special-cases
 */
export const amountStep = (currency: string): number => (currency === 'isk' ? 100 : 1);

/** A plausible amount in Stripe's minor units (whole yen for `jpy`, whole kronur times 100 for `isk`). */
export function amountFor(rng: Rng, currency: string): number {
  if (currency === 'jpy') return rng.int(3, 2000) * 100;
  if (currency === 'isk') return rng.int(1, 500) * 1000;
  return rng.int(5, 2500) * 100 + rng.pick([0, 0, 0, 50, 99]);
}
