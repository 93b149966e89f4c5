import { badRequest } from './errors.js';

/**
 * The raw query of a Rest.li 2.0 request, split on `&` only, values left
 * as sent: structure (`List(...)`, `(start:(year:...))`) must arrive as is,
 * and `URLSearchParams` would decode the URNs that must arrive encoded.
 */
export function rawQuery(url: string): Map<string, string> {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  return new Map(
    query
      .split('&')
      .filter(Boolean)
      .map((pair) => [
        pair.slice(0, pair.includes('=') ? pair.indexOf('=') : pair.length),
        pair.includes('=') ? pair.slice(pair.indexOf('=') + 1) : '',
      ]),
  );
}

const DATE = /^\(start:\(year:(\d{4}),month:(\d{1,2}),day:(\d{1,2})\),end:\(year:(\d{4}),month:(\d{1,2}),day:(\d{1,2})\)\)$/;
const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

/** `dateRange=(start:(year:2026,month:10,day:1),end:(year:2026,month:10,day:7))` -> inclusive dates. */
export function dateRange(value: string | undefined): { from: string; to: string } {
  const m = DATE.exec(value ?? '');
  if (!m) throw badRequest('Invalid value for param dateRange: expected (start:(year:,month:,day:),end:(year:,month:,day:))');
  const [, y1 = '', m1 = '', d1 = '', y2 = '', m2 = '', d2 = ''] = m;
  const range = { from: iso(y1, m1, d1), to: iso(y2, m2, d2) };
  if (range.from > range.to) throw badRequest('dateRange start must not be after its end');
  return range;
}

/**
 * `accounts=List(urn%3Ali%3AsponsoredAccount%3A123)` -> account ids. A URN
 * sent unencoded inside `List()` is refused, as LinkedIn refuses it.
 */
export function accountList(value: string | undefined): number[] {
  const inner = /^List\((.*)\)$/.exec(value ?? '')?.[1];
  if (inner === undefined) throw badRequest('Invalid value for param accounts: expected List(...)');
  return inner.split(',').map((item) => {
    if (item.includes(':'))
      throw badRequest(`Invalid param. Please see errorDetails for more information: URN ${item} must be URL-encoded inside List()`);
    const urn = /^urn:li:sponsoredAccount:(\d+)$/.exec(decodeURIComponent(item));
    if (!urn) throw badRequest(`Invalid account URN ${decodeURIComponent(item)}`);
    return Number(urn[1]);
  });
}
