import { isConnectorError, VendorError, type ConnectorContext, type HttpClient, type VendorAccount } from '@tributary/core';
import type { z } from 'zod';
import { GoogleAdsCustomer, GoogleAdsCustomerClient } from './api.js';
import type { GoogleAdsCredentials } from './config.js';
import { listAccessibleCustomers, searchStream, type GoogleAdsAccess } from './requests.js';

/** The account's own name, currency and time zone (https://developers.google.com/google-ads/api/fields/v26/customer). */
export const CUSTOMER_QUERY =
  'SELECT customer.id, customer.descriptive_name, customer.currency_code, customer.time_zone, customer.manager FROM customer';

/**
 * Every account below a manager, at any depth, with its level
 * (https://developers.google.com/google-ads/api/docs/account-management/get-account-hierarchy).
 */
export const CLIENTS_QUERY = [
  'SELECT customer_client.id, customer_client.descriptive_name, customer_client.currency_code, customer_client.time_zone,',
  'customer_client.manager, customer_client.level, customer_client.status FROM customer_client WHERE customer_client.level > 0',
].join(' ');

/**
 * One account's name, currency, time zone and whether it is a manager.
 *
 * @example
 * const { currencyCode, timeZone } = await describeCustomer(http, { loginCustomerId }, '1234567890');
 */
export async function describeCustomer(
  http: HttpClient,
  access: GoogleAdsAccess,
  customerId: string,
): Promise<GoogleAdsCustomer['customer']> {
  const [row] = await searchStream(http, access, customerId, CUSTOMER_QUERY);
  return parseRow(GoogleAdsCustomer, row, `customer ${customerId}`).customer;
}

/** A GAQL row in the expected shape, or a VendorError saying which field is off. */
function parseRow<T>(schema: z.ZodType<T>, row: unknown, what: string): T {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new VendorError(`Google Ads returned an unexpected ${what} row (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'missing'})`, {
    vendorCode: 'unexpected_response',
  });
}

const toAccount = (
  c: { id: string; descriptiveName: string; currencyCode: string; timeZone: string; manager: boolean },
  parentId?: string,
): VendorAccount => ({
  id: c.id,
  name: c.descriptiveName || c.id,
  currency: c.currencyCode,
  timezone: c.timeZone,
  manager: c.manager,
  ...(parentId ? { parentId } : {}),
});

/** A directly accessible account, or undefined when Google says it is not enabled (cancelled, suspended). */
async function describeDirect(http: HttpClient, access: GoogleAdsAccess, id: string): Promise<VendorAccount | undefined> {
  try {
    return toAccount(await describeCustomer(http, { developerToken: access.developerToken }, id));
  } catch (error) {
    if (isConnectorError(error) && error.vendorCode === 'CUSTOMER_NOT_ENABLED') return undefined;
    throw error;
  }
}

async function enabledClients(http: HttpClient, access: GoogleAdsAccess, managerId: string): Promise<VendorAccount[]> {
  const rows = await searchStream(http, { developerToken: access.developerToken, loginCustomerId: managerId }, managerId, CLIENTS_QUERY);
  return rows
    .map((row) => parseRow(GoogleAdsCustomerClient, row, `client of ${managerId}`).customerClient)
    .filter((c) => c.status === 'ENABLED')
    .map((c) => toAccount(c, managerId));
}

/**
 * The accounts the connected Google login can sync: those it reaches
 * directly (`customers:listAccessibleCustomers`, then each one's name,
 * currency and time zone from GAQL), and below every manager among them
 * the enabled client accounts, with `parentId` = the manager to send as
 * `login-customer-id`. A direct account wins over the same account seen
 * through a manager; accounts that are not enabled are left out.
 *
 * @example
 * const accounts = await listGoogleAdsAccounts(credentials, ctx);
 * // [{ id: '1234567890', name: 'Store US', currency: 'USD', timezone: 'America/New_York', manager: false }, ...]
 */
export async function listGoogleAdsAccounts(credentials: GoogleAdsCredentials, ctx: ConnectorContext<unknown>): Promise<VendorAccount[]> {
  const access = { developerToken: credentials.developerToken };
  const accounts = new Map<string, VendorAccount>();
  for (const id of await listAccessibleCustomers(ctx.http, access)) {
    const account = await describeDirect(ctx.http, access, id);
    if (account) accounts.set(id, account);
  }
  for (const manager of [...accounts.values()].filter((a) => a.manager)) {
    for (const client of await enabledClients(ctx.http, access, manager.id)) {
      if (!accounts.has(client.id)) accounts.set(client.id, client);
    }
  }
  return [...accounts.values()];
}
