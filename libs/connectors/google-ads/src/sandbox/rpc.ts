/** A Google Ads API call read from its request line: the API version, the RPC and the customer it is for. */
export interface Rpc {
  version: string;
  kind: 'listAccessibleCustomers' | 'search' | 'searchStream';
  /** The customer id of the path (search and searchStream), as sent. */
  customerId?: string;
  /** The RPC's full name, as `ErrorInfo.metadata.method` names it. */
  method: string;
}

const LIST = /^\/(v\d+)\/customers:listAccessibleCustomers$/;
const QUERY = /^\/(v\d+)\/customers\/([^/]+)\/googleAds:(searchStream|search)$/;
const VERSION = /^\/(v\d+)\//;

/**
 * The RPC a request calls, or undefined for anything Google does not serve
 * (an unknown path, a wrong method, a version it no longer or not yet serves):
 * those get Google's HTML 404, before any credential check.
 * https://developers.google.com/google-ads/api/rest/reference/rest
 *
 * @example
 * rpcOf('POST', '/v26/customers/1234567890/googleAds:searchStream', ['v26'])
 * // { version: 'v26', kind: 'searchStream', customerId: '1234567890', method: 'google.ads.googleads.v26.services.GoogleAdsService.SearchStream' }
 */
export function rpcOf(method: string, path: string, versions: readonly string[]): Rpc | undefined {
  const list = LIST.exec(path);
  if (list?.[1] && method === 'GET' && versions.includes(list[1])) {
    const version = list[1];
    return {
      version,
      kind: 'listAccessibleCustomers',
      method: `google.ads.googleads.${version}.services.CustomerService.ListAccessibleCustomers`,
    };
  }
  const [, version = '', customerId = '', kind] = QUERY.exec(path) ?? [];
  if ((kind !== 'search' && kind !== 'searchStream') || method !== 'POST' || !versions.includes(version)) return undefined;
  const name = kind === 'search' ? 'Search' : 'SearchStream';
  return { version, kind, customerId, method: `google.ads.googleads.${version}.services.GoogleAdsService.${name}` };
}

/**
 * The API version in a path, for error bodies (a GoogleAdsFailure's `@type` names the version of the request).
 *
 * @example
 * versionIn('/v24/customers:listAccessibleCustomers', 'v26') // 'v24'
 */
export const versionIn = (path: string, fallback: string): string => VERSION.exec(path)?.[1] ?? fallback;
