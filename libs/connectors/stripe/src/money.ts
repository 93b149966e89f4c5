import { vendorMinorToIso, type ExponentQuirks } from '@tributary/core';

/**
 * Currencies whose exponent in Stripe API amounts differs from ISO 4217
 * (https://docs.stripe.com/currencies): Stripe keeps ISK as a two-decimal
 * currency ("an ISK amount of 100 represents 1 krona") where ISO 4217 has
 * no minor unit, and lists MGA as zero-decimal where ISO 4217 has two.
 */
export const STRIPE_EXPONENTS: ExponentQuirks = { ISK: 2, MGA: 0 };

/**
 * A Stripe API amount -> ISO 4217 minor units of its currency: canonical
 * money follows ISO, so the conversion happens here, at the boundary.
 *
 * @example
 * isoAmount(50_000, 'isk') // 500 (500 kronur)
 * isoAmount(1999, 'usd') // 1999
 */
export const isoAmount = (amount: number, currency: string): number => vendorMinorToIso(amount, currency, STRIPE_EXPONENTS);
