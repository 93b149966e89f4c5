import { describe, expect, it } from 'vitest';
import { currencyExponent, microsToMinor } from './currency.js';

describe('micros -> minor units', () => {
  it('knows the exponent of each currency (ISO 4217), 2 unless listed', () => {
    expect(['USD', 'EUR', 'GBP', 'AUD'].map(currencyExponent)).toEqual([2, 2, 2, 2]);
    expect(['JPY', 'KRW', 'VND', 'CLP'].map(currencyExponent)).toEqual([0, 0, 0, 0]);
    expect(['KWD', 'BHD', 'JOD'].map(currencyExponent)).toEqual([3, 3, 3]);
    expect(currencyExponent('jpy')).toBe(0);
  });

  it('converts USD and EUR micros to cents, rounding half away from zero', () => {
    expect(microsToMinor('12500000', 'USD')).toBe(1250); // $12.50
    expect(microsToMinor('12345678', 'USD')).toBe(1235); // $12.345678 -> 1,235 cents
    expect(microsToMinor('12344999', 'EUR')).toBe(1234);
    expect(microsToMinor('5000', 'EUR')).toBe(1); // half a cent rounds up
    expect(microsToMinor('4999', 'EUR')).toBe(0);
    expect(microsToMinor('0', 'USD')).toBe(0);
    expect(microsToMinor('-12345678', 'USD')).toBe(-1235);
  });

  it('converts JPY micros to yen (no minor unit) and KWD micros to fils (three digits)', () => {
    expect(microsToMinor('150000000', 'JPY')).toBe(150);
    expect(microsToMinor('93238862418', 'JPY')).toBe(93_239);
    expect(microsToMinor('499999', 'JPY')).toBe(0);
    expect(microsToMinor('1234567', 'KWD')).toBe(1235);
  });

  it('is exact for int64 values beyond 2^53 micros', () => {
    expect(microsToMinor('9007199254740993000', 'USD')).toBe(900_719_925_474_099);
    expect(microsToMinor(12_500_000, 'USD')).toBe(1250);
  });
});
