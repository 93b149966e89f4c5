/**
 * ISO 4217 minor-unit exponents that are not 2 (https://www.iso.org/iso-4217-currency-codes.html,
 * "List One"). Every other active code has two decimals.
 */
const EXPONENTS: Readonly<Record<string, number>> = {
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
 * Digits after the decimal point in a currency's minor unit.
 *
 * @example
 * currencyExponent('JPY') // 0
 * currencyExponent('kwd') // 3
 */
export function currencyExponent(currency: string): number {
  return EXPONENTS[currency.toUpperCase()] ?? 2;
}

/**
 * A Salesforce currency amount (a decimal in major units) in minor units of
 * its currency, rounded half away from zero. Undefined for a blank amount.
 *
 * @example
 * toMinorUnits(1234.5, 'USD') // 123450
 * toMinorUnits(1500, 'JPY') // 1500
 * toMinorUnits(12.345, 'KWD') // 12345
 */
export function toMinorUnits(amount: number | null | undefined, currency: string): number | undefined {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return undefined;
  const scaled = amount * 10 ** currencyExponent(currency);
  // Decimal amounts are not exact in binary (1.005 * 100 = 100.49999...): round the scaled value at 1e-6 first.
  const cleaned = Math.round(scaled * 1e6) / 1e6;
  return Math.sign(cleaned) * Math.round(Math.abs(cleaned));
}
