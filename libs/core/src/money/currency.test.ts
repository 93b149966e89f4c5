import { describe, expect, it } from 'vitest';
import { currencyExponent, microsToMinor, toMinorUnits, vendorMinorToIso } from './currency.js';

describe('money', () => {
  it('knows ISO 4217 exponents, case-insensitively, with vendor quirks as data', () => {
    expect([currencyExponent('usd'), currencyExponent('JPY'), currencyExponent('KWD'), currencyExponent('CLF')]).toEqual([2, 0, 3, 4]);
    expect(currencyExponent('isk', { ISK: 2 })).toBe(2);
  });

  it('converts micros exactly, rounding half away from zero', () => {
    expect(microsToMinor('12345678', 'USD')).toBe(1235);
    expect(microsToMinor('-12345000', 'USD')).toBe(-1235);
    expect(microsToMinor('150000000', 'JPY')).toBe(150);
    expect(microsToMinor('9223372036854775807', 'KWD')).toBe(Number(9223372036854775807n / 1000n));
  });

  it('converts decimal strings exactly and numbers without binary noise', () => {
    expect(toMinorUnits('5339.5', 'USD')).toBe(533950);
    expect(toMinorUnits('1.005', 'USD')).toBe(101);
    expect(toMinorUnits(1.005, 'USD')).toBe(101);
    expect(toMinorUnits('-0.125', 'USD')).toBe(-13);
    expect(toMinorUnits('12.3456', 'KWD')).toBe(12346);
    expect(toMinorUnits('1500', 'JPY')).toBe(1500);
    expect(toMinorUnits('abc', 'USD')).toBeUndefined();
    expect(toMinorUnits(null, 'USD')).toBeUndefined();
  });

  it('turns a vendor minor amount into ISO minor units (Stripe ISK)', () => {
    expect(vendorMinorToIso(100, 'ISK', { ISK: 2 })).toBe(1);
    expect(vendorMinorToIso(150, 'isk', { ISK: 2 })).toBe(2);
    expect(vendorMinorToIso(1999, 'USD', { ISK: 2 })).toBe(1999);
  });
});
