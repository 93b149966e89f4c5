import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  calendarDate,
  count,
  counter,
  currency,
  decimal,
  domain,
  email,
  id,
  minorUnits,
  normalizeDomain,
  optionalTimestamp,
  text,
  timestamp,
  toDate,
} from './fields.js';

const ok = <T>(schema: z.ZodType<T>, value: unknown): T => schema.parse(value);
const fails = (schema: z.ZodType, value: unknown): boolean => !schema.safeParse(value).success;

describe('toDate', () => {
  it('reads epoch numbers below 1e11 as seconds and larger ones as milliseconds', () => {
    expect(toDate(1_700_000_000)).toEqual(new Date(1_700_000_000_000));
    expect(toDate(1_700_000_000_000)).toEqual(new Date(1_700_000_000_000));
    expect(toDate(99_999_999_999)).toEqual(new Date(99_999_999_999_000));
    expect(toDate(100_000_000_000)).toEqual(new Date(100_000_000_000));
  });

  it('reads numeric strings (including fractional seconds) like numbers', () => {
    expect(toDate('1700000000')).toEqual(new Date(1_700_000_000_000));
    expect(toDate(' 1700000000 ')).toEqual(new Date(1_700_000_000_000));
    expect(toDate('1700000000.5')).toEqual(new Date(1_700_000_000_500));
    expect(toDate('1700000000000')).toEqual(new Date(1_700_000_000_000));
  });

  it('parses ISO strings, passes dates through and leaves blanks absent', () => {
    expect(toDate('2024-03-01T12:00:00Z')).toEqual(new Date(Date.UTC(2024, 2, 1, 12)));
    const date = new Date();
    expect(toDate(date)).toBe(date);
    expect(toDate('  ')).toBeUndefined();
    expect(toDate(null)).toBeUndefined();
  });
});

describe('timestamp fields', () => {
  it('accept epoch seconds, milliseconds and ISO strings', () => {
    expect(ok(timestamp(), 1_700_000_000).toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(ok(timestamp(), '2023-11-14T22:13:20.000Z').getTime()).toBe(1_700_000_000_000);
  });

  it('reject garbage and absence, unless optional', () => {
    expect(fails(timestamp(), 'not a date')).toBe(true);
    expect(fails(timestamp(), undefined)).toBe(true);
    expect(fails(timestamp(), '')).toBe(true);
    expect(ok(optionalTimestamp(), '')).toBeUndefined();
  });
});

describe('calendarDate', () => {
  it('cuts a timestamp string down to its calendar date', () => {
    expect(ok(calendarDate(), '2024-05-06T23:59:59-07:00')).toBe('2024-05-06');
    expect(ok(calendarDate(), '2024-05-06')).toBe('2024-05-06');
    expect(ok(calendarDate(), new Date(Date.UTC(2024, 4, 6, 10)))).toBe('2024-05-06');
  });

  it('rejects non-dates without throwing', () => {
    expect(fails(calendarDate(), '2024-13-45')).toBe(true);
    expect(fails(calendarDate(), '06/05/2024')).toBe(true);
    expect(fails(calendarDate(), new Date('garbage'))).toBe(true);
  });
});

describe('normalizeDomain', () => {
  it.each([
    ['https://www.Acme.com/about?x=1#top', 'acme.com'],
    ['http://acme.com:8080/', 'acme.com'],
    ['acme.com:443', 'acme.com'],
    ['jo@Acme.com', 'acme.com'],
    ['www.acme.co.uk.', 'acme.co.uk'],
    ['  ACME.io  ', 'acme.io'],
    ['acme.com/pricing', 'acme.com'],
    ['sub.acme.com', 'sub.acme.com'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeDomain(input)).toBe(expected);
  });
});

describe('domain field', () => {
  it('normalizes and validates', () => {
    expect(ok(domain(), 'https://www.acme.com')).toBe('acme.com');
    expect(ok(domain(), '')).toBeUndefined();
    expect(fails(domain(), 'not a domain')).toBe(true);
    expect(fails(domain(), 'localhost')).toBe(true);
  });
});

describe('email field', () => {
  it('trims and lowercases, then validates', () => {
    expect(ok(email(), '  Jo.Smith@Acme.COM ')).toBe('jo.smith@acme.com');
    expect(ok(email(), ' ')).toBeUndefined();
    expect(fails(email(), 'jo at acme')).toBe(true);
    expect(fails(email(), 42)).toBe(true);
  });
});

describe('numbers', () => {
  it('coerce numeric strings and bigints', () => {
    expect(ok(count(), ' 250 ')).toBe(250);
    expect(ok(count(), 12n)).toBe(12);
    expect(ok(decimal(), '-12.5')).toBe(-12.5);
    expect(ok(decimal(), '1e3')).toBe(1000);
    expect(ok(minorUnits(), '1999')).toBe(1999);
    expect(ok(minorUnits(), 1999n)).toBe(1999);
  });

  it('reject non-numeric strings, fractions where integers are required, and negatives for counts', () => {
    expect(fails(count(), '1,000')).toBe(true);
    expect(fails(count(), '-1')).toBe(true);
    expect(fails(count(), 2.5)).toBe(true);
    expect(fails(minorUnits(), 19.99)).toBe(true);
    expect(fails(minorUnits(), '19.99')).toBe(true);
    expect(fails(minorUnits(), 2n ** 60n)).toBe(true);
    expect(fails(decimal(), 'NaN')).toBe(true);
  });

  it('reject a count its integer column cannot hold, so one row fails instead of its whole batch', () => {
    expect(ok(count(), 2_147_483_647)).toBe(2_147_483_647);
    expect(fails(count(), 2_147_483_648)).toBe(true);
  });

  it('treat blanks as absent, and as zero for counters', () => {
    expect(ok(count(), '')).toBeUndefined();
    expect(ok(counter(), '')).toBe(0);
    expect(ok(counter(), undefined)).toBe(0);
    expect(ok(counter(), '7')).toBe(7);
    expect(fails(minorUnits(), '')).toBe(true);
  });
});

describe('currency', () => {
  it('is trimmed, uppercased and must be three letters', () => {
    expect(ok(currency(), ' usd ')).toBe('USD');
    expect(fails(currency(), 'US')).toBe(true);
    expect(fails(currency(), 'USDT')).toBe(true);
    expect(fails(currency(), 'U$D')).toBe(true);
    expect(fails(currency(), '')).toBe(true);
  });
});

describe('text and ids', () => {
  it('turn scalars into strings and blanks into absence', () => {
    expect(ok(id(), 12345)).toBe('12345');
    expect(ok(id(), 9007199254740993n)).toBe('9007199254740993');
    expect(ok(text(), true)).toBe('true');
    expect(ok(text(), '   ')).toBeUndefined();
    expect(fails(id(), '   ')).toBe(true);
    expect(fails(text(3), 'abcd')).toBe(true);
  });
});
