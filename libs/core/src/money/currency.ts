/**
 * ISO 4217 minor-unit exponents that are not 2 (ISO 4217 "List One",
 * https://www.six-group.com/en/products-services/financial-information/data-standards.html).
 * Every other active code has two decimals. Canonical money is stored in
 * minor units of these exponents.
 */
const ISO_EXPONENTS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

/**
 * A vendor's own exponents where they differ from ISO 4217, as data
 * (Stripe keeps ISK as a two-decimal currency in API amounts).
 */
export type ExponentQuirks = Readonly<Record<string, number>>;

/**
 * Digits after the decimal point in a currency's minor unit (ISO 4217,
 * or the vendor's quirk when given).
 *
 * @example
 * currencyExponent('JPY') // 0
 * currencyExponent('usd') // 2
 * currencyExponent('ISK', { ISK: 2 }) // 2
 */
export function currencyExponent(currency: string, quirks: ExponentQuirks = {}): number {
  const code = currency.toUpperCase();
  return quirks[code] ?? ISO_EXPONENTS[code] ?? 2;
}

/** Round a bigint quotient half away from zero. */
function divideRounded(value: bigint, divisor: bigint): bigint {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const rounded = (magnitude + divisor / 2n) / divisor;
  return negative ? -rounded : rounded;
}

/**
 * Micros (1e-6 of the major unit, often an int64 string) -> minor units,
 * rounded half away from zero; exact for any int64.
 *
 * @example
 * microsToMinor('12345678', 'USD') // 1235
 * microsToMinor('150000000', 'JPY') // 150
 * microsToMinor('1234567', 'KWD') // 1235 (fils)
 */
export function microsToMinor(micros: string | number | bigint, currency: string): number {
  const digits = currencyExponent(currency);
  return Number(divideRounded(BigInt(micros), 10n ** BigInt(6 - digits)));
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/**
 * A decimal amount in major units (a number, or a decimal string as Meta
 * and LinkedIn send spend) -> minor units of its currency, rounded half
 * away from zero. Strings are converted exactly; numbers are cleaned of
 * binary noise first (1.005 * 100 is 100.49999...). Undefined for blank or
 * non-numeric input.
 *
 * @example
 * toMinorUnits(1234.5, 'USD') // 123450
 * toMinorUnits('5339.5', 'USD') // 533950
 * toMinorUnits(1500, 'JPY') // 1500
 * toMinorUnits('12.3456', 'KWD') // 12346
 */
export function toMinorUnits(amount: number | string | null | undefined, currency: string): number | undefined {
  const digits = currencyExponent(currency);
  if (typeof amount === 'string') {
    const match = DECIMAL.exec(amount.trim());
    if (!match) return undefined;
    const [, sign, whole, fraction = ''] = match;
    const scaled = BigInt(`${whole}${fraction.padEnd(digits + 1, '0').slice(0, digits + 1)}`);
    const minor = divideRounded(scaled, 10n);
    return Number(sign === '-' ? -minor : minor);
  }
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return undefined;
  const cleaned = Math.round(amount * 10 ** digits * 1e6) / 1e6;
  return Math.sign(cleaned) * Math.round(Math.abs(cleaned));
}

/**
 * An amount in a vendor's minor units -> ISO 4217 minor units, where the
 * vendor's exponent for the currency differs (Stripe ISK: 100 = 1 krona,
 * ISO: 1 = 1 krona). Rounded half away from zero.
 *
 * @example
 * vendorMinorToIso(100, 'ISK', { ISK: 2 }) // 1
 * vendorMinorToIso(1999, 'USD', { ISK: 2 }) // 1999
 */
export function vendorMinorToIso(amount: number, currency: string, quirks: ExponentQuirks): number {
  const shift = currencyExponent(currency, quirks) - currencyExponent(currency);
  if (shift === 0) return amount;
  if (shift < 0) return amount * 10 ** -shift;
  return Number(divideRounded(BigInt(Math.trunc(amount)), 10n ** BigInt(shift)));
}
