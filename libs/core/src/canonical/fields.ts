import { z } from 'zod';

/**
 * Field builders shared by the canonical schemas. Each one coerces the loose
 * values connectors and mappings produce (numeric strings, epoch numbers,
 * padded emails, URLs for domains) and then validates strictly, so the
 * quality stage is a single `safeParse` with a readable reason on failure.
 */

const blankToUndefined = (v: unknown): unknown =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '') ? undefined : v;

const toStringIfScalar = (v: unknown): unknown =>
  typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' ? String(v) : v;

/** Required identifier: numbers become strings; blank is an error. */
export const id = () => z.preprocess((v) => toStringIfScalar(blankToUndefined(v)), z.string().min(1).max(512));

/** Optional free text: blank becomes absent. */
export const text = (max = 4096) => z.preprocess((v) => toStringIfScalar(blankToUndefined(v)), z.string().max(max).optional());

/** Required free text. */
export const requiredText = (max = 4096) => z.preprocess((v) => toStringIfScalar(blankToUndefined(v)), z.string().min(1).max(max));

/** Email: trimmed and lowercased before validation. */
export const email = () =>
  z.preprocess((v) => {
    const b = blankToUndefined(v);
    return typeof b === 'string' ? b.trim().toLowerCase() : b;
  }, z.email().optional());

/**
 * Normalize anything domain-like to a bare lowercase host:
 * `https://www.Acme.com/about` -> `acme.com`, `jo@acme.com` -> `acme.com`.
 */
export function normalizeDomain(input: string): string {
  let host = input.trim().toLowerCase();
  if (host.includes('@') && !host.includes('/')) host = host.slice(host.lastIndexOf('@') + 1);
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) {
    try {
      host = new URL(host).hostname;
    } catch {
      return host;
    }
  }
  host = host.split(/[/?#]/)[0] ?? host;
  host = host.replace(/:\d+$/, '').replace(/\.$/, '');
  return host.startsWith('www.') ? host.slice(4) : host;
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const domain = () =>
  z.preprocess((v) => {
    const b = blankToUndefined(v);
    return typeof b === 'string' ? normalizeDomain(b) : b;
  }, z.string().regex(DOMAIN, 'Invalid domain').optional());

const toNumber = (v: unknown): unknown => {
  const b = blankToUndefined(v);
  if (typeof b === 'string' && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(b.trim())) return Number(b.trim());
  if (typeof b === 'bigint') return Number(b);
  return b;
};

/** Optional non-negative integer within 32 bits (headcounts): stored as `integer`, so larger values are rejected here, row by row. */
export const count = () => z.preprocess(toNumber, z.int32().nonnegative().optional());

/** Non-negative integer defaulting to 0 (metric counters). */
export const counter = () => z.preprocess((v) => toNumber(v) ?? 0, z.number().int().nonnegative());

/** A metric that may be negative (restated conversions) or fractional, defaulting to 0. */
export const measure = () => z.preprocess((v) => toNumber(v) ?? 0, z.number().finite());

/** Optional flag: `"true"`/`"false"` strings are read as booleans. */
export const flag = () =>
  z.preprocess((v) => {
    const b = blankToUndefined(v);
    return b === 'true' ? true : b === 'false' ? false : b;
  }, z.boolean().optional());

/** Optional finite number. */
export const decimal = () => z.preprocess(toNumber, z.number().finite().optional());

/** Money in minor units (cents): an integer. */
export const minorUnits = () => z.preprocess(toNumber, z.number().int().refine(Number.isSafeInteger, 'Amount out of range'));

/** ISO 4217 currency code, uppercased. */
export const currency = () =>
  z.preprocess(
    (v) => {
      const b = blankToUndefined(v);
      return typeof b === 'string' ? b.trim().toUpperCase() : b;
    },
    z.string().regex(/^[A-Z]{3}$/, 'Invalid ISO 4217 currency code'),
  );

/**
 * Epoch numbers below 1e11 are seconds (Stripe, Unix), above are
 * milliseconds: 1e11 seconds is the year 5138, 1e11 ms is 1973.
 */
export function toDate(v: unknown): unknown {
  const b = blankToUndefined(v);
  if (b instanceof Date) return b;
  const n = typeof b === 'string' && /^\d+(\.\d+)?$/.test(b.trim()) ? Number(b) : b;
  if (typeof n === 'number') return new Date(Math.abs(n) < 1e11 ? n * 1000 : n);
  if (typeof n === 'string') return new Date(n);
  return n;
}

export const timestamp = () => z.preprocess(toDate, z.date());
export const optionalTimestamp = () => z.preprocess(toDate, z.date().optional());

/** A calendar date `YYYY-MM-DD` (channel metric days, deal close dates). */
const toCalendarDate = (v: unknown): unknown => {
  const b = blankToUndefined(v);
  // An invalid Date falls through so the schema reports it instead of toISOString throwing.
  if (b instanceof Date && !Number.isNaN(b.getTime())) return b.toISOString().slice(0, 10);
  if (typeof b === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(b)) return b.slice(0, 10);
  return b;
};

export const calendarDate = () => z.preprocess(toCalendarDate, z.iso.date());
export const optionalCalendarDate = () => z.preprocess(toCalendarDate, z.iso.date().optional());

export const properties = () => z.preprocess(blankToUndefined, z.record(z.string(), z.unknown()).optional());
