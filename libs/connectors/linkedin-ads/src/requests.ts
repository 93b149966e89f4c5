import { VendorError, type HttpClient } from '@tributary/core';
import { LinkedInSearchPage } from './api.js';

/** Pages of one finder a read follows at most. */
const MAX_PAGES = 1_000;

/** `2026-10-07` as a Rest.li date: `(year:2026,month:10,day:7)`. */
const restliDate = (date: string): string => {
  const [year, month, day] = date.split('-').map(Number);
  return `(year:${year},month:${month},day:${day})`;
};

/**
 * The adAnalytics query of one account between two dates (UTC days), in
 * Rest.li 2.0 syntax: the structure (`List(...)`, parentheses, colons) stays
 * as it is and only the URN inside `List()` is URL-encoded, so it is written
 * into the path by hand (a generic query encoder would encode both).
 * https://learn.microsoft.com/en-us/linkedin/marketing/integrations/ads-reporting/ads-reporting
 *
 * @example
 * analyticsPath('508915158', '2026-10-01', '2026-10-07')
 * // '/rest/adAnalytics?q=analytics&pivot=CAMPAIGN&timeGranularity=DAILY&dateRange=(start:(year:2026,month:10,day:1),end:(...))&accounts=List(urn%3Ali%3AsponsoredAccount%3A508915158)&fields=...'
 */
export function analyticsPath(accountId: string, from: string, to: string): string {
  const urn = encodeURIComponent(`urn:li:sponsoredAccount:${accountId}`);
  return [
    '/rest/adAnalytics?q=analytics&pivot=CAMPAIGN&timeGranularity=DAILY',
    `dateRange=(start:${restliDate(from)},end:${restliDate(to)})`,
    `accounts=List(${urn})`,
    `fields=${ANALYTICS_FIELDS.join(',')}`,
  ].join('&');
}

/** The metrics asked for: 7 of the 20 fields a request may name (dateRange and pivotValues count). */
export const ANALYTICS_FIELDS = [
  'dateRange',
  'pivotValues',
  'impressions',
  'clicks',
  'costInLocalCurrency',
  'externalWebsiteConversions',
  'oneClickLeads',
] as const;

/**
 * Every element of a `q=search` finder: `pageSize` per page, then
 * `pageToken` from `metadata.nextPageToken` until it is absent.
 *
 * @example
 * const accounts = await searchAll(http, '/rest/adAccounts?q=search&search=(status:(values:List(ACTIVE)))', 100);
 */
export async function searchAll(http: HttpClient, path: string, pageSize: number): Promise<unknown[]> {
  const items: unknown[] = [];
  let token: string | undefined;
  for (let pages = 0; ; pages++) {
    if (pages === MAX_PAGES) throw new VendorError(`LinkedIn kept returning pages after ${MAX_PAGES} pages of ${path}`);
    const paging = `pageSize=${pageSize}${token ? `&pageToken=${encodeURIComponent(token)}` : ''}`;
    const { data } = await http.request({ path: `${path}${path.includes('?') ? '&' : '?'}${paging}` }, LinkedInSearchPage);
    items.push(...data.elements);
    token = data.metadata.nextPageToken;
    if (!token) return items;
  }
}
