/**
 * ISO 4217 minor-unit exponents that are not 2
 * (https://www.six-group.com/en/products-services/financial-information/data-standards.html).
 * Google Ads reports money in micros of the account currency's MAJOR unit.
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
 * currencyExponent('usd') // 2
 */
export function currencyExponent(currency: string): number {
  return EXPONENTS[currency.toUpperCase()] ?? 2;
}

/**
 * Micros (1e-6 of the major unit, an int64 string) -> minor units, rounded
 * half away from zero: 12,345,678 USD micros are 1,235 cents; 150,000,000
 * JPY micros are 150 yen. Exact for any int64 (BigInt arithmetic).
 *
 * @example
 * microsToMinor('12345678', 'USD') // 1235
 * microsToMinor('150000000', 'JPY') // 150
 * microsToMinor('1234567', 'KWD') // 1235 (fils)
 */
export function microsToMinor(micros: string | number | bigint, currency: string): number {
  const value = BigInt(micros);
  const divisor = 10n ** BigInt(6 - currencyExponent(currency));
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const rounded = (magnitude + divisor / 2n) / divisor;
  return Number(negative ? -rounded : rounded);
}
