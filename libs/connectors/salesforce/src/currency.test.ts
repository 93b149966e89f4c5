import { describe, expect, it } from 'vitest';
import { currencyExponent, toMinorUnits } from './currency.js';

describe('currency minor units', () => {
  it('knows the ISO 4217 exponent of each currency (2 unless listed)', () => {
    expect([
      currencyExponent('USD'),
      currencyExponent('eur'),
      currencyExponent('JPY'),
      currencyExponent('KWD'),
      currencyExponent('CLF'),
    ]).toEqual([2, 2, 0, 3, 4]);
  });

  it('converts decimal amounts exactly, rounding half away from zero', () => {
    expect(toMinorUnits(1234.5, 'USD')).toBe(123450);
    expect(toMinorUnits(0.29, 'USD')).toBe(29);
    expect(toMinorUnits(1.005, 'USD')).toBe(101);
    expect(toMinorUnits(-10.125, 'EUR')).toBe(-1013);
    expect(toMinorUnits(150000, 'JPY')).toBe(150000);
    expect(toMinorUnits(12.345, 'KWD')).toBe(12345);
  });

  it('leaves blank amounts blank', () => {
    expect(toMinorUnits(null, 'USD')).toBeUndefined();
    expect(toMinorUnits(undefined, 'USD')).toBeUndefined();
    expect(toMinorUnits(Number.NaN, 'USD')).toBeUndefined();
  });
});
