import type { HttpClient } from '@tributary/core';
import { GOOGLE_ADS_API_VERSION, GoogleAdsAccessibleCustomers, GoogleAdsSearchStream } from './api.js';
import { streamFailure } from './errors.js';

/** Who a request acts as: `login-customer-id` when reading a client through its manager. */
export interface GoogleAdsAccess {
  developerToken?: string | undefined;
  loginCustomerId?: string | undefined;
}

/**
 * Headers beside the bearer token: `developer-token` when configured
 * (optional since 2026-09-09) and `login-customer-id` for manager access
 * (https://developers.google.com/google-ads/api/rest/auth#request_headers).
 */
export function googleAdsHeaders(access: GoogleAdsAccess): Record<string, string> {
  return {
    ...(access.developerToken ? { 'developer-token': access.developerToken } : {}),
    ...(access.loginCustomerId ? { 'login-customer-id': access.loginCustomerId } : {}),
  };
}

/**
 * Run a GAQL query with `googleAds:searchStream` and return every row of
 * every batch. A read sent as POST, so it is retried like a GET.
 * https://developers.google.com/google-ads/api/rest/reference/rest/v26/customers.googleAds/searchStream
 *
 * @example
 * const rows = await searchStream(http, { loginCustomerId: '9876543210' }, '1234567890', 'SELECT customer.id FROM customer');
 */
export async function searchStream(http: HttpClient, access: GoogleAdsAccess, customerId: string, query: string): Promise<unknown[]> {
  const path = `/${GOOGLE_ADS_API_VERSION}/customers/${customerId}/googleAds:searchStream`;
  const { data } = await http.request(
    { method: 'POST', path, headers: googleAdsHeaders(access), json: { query }, idempotent: true },
    GoogleAdsSearchStream,
  );
  const rows: unknown[] = [];
  for (const part of data) {
    if ('error' in part) throw streamFailure(part, `POST ${path}`);
    rows.push(...part.results);
  }
  return rows;
}

/**
 * The customers the login can reach directly (managers' clients are not listed).
 * https://developers.google.com/google-ads/api/rest/reference/rest/v26/customers/listAccessibleCustomers
 */
export async function listAccessibleCustomers(http: HttpClient, access: GoogleAdsAccess): Promise<string[]> {
  const { data } = await http.request(
    {
      path: `/${GOOGLE_ADS_API_VERSION}/customers:listAccessibleCustomers`,
      headers: googleAdsHeaders({ developerToken: access.developerToken }),
    },
    GoogleAdsAccessibleCustomers,
  );
  return data.resourceNames.map((name) => name.slice('customers/'.length));
}
