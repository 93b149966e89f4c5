import { normalizeDomain } from '@tributary/core';
import { SalesforceAccount } from '../api.js';
import { sobjectStream, type SObjectSpec } from './sobject.js';

const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * The company domain from an account's free-text Website (`https://www.acme.com/about`
 * -> `acme.com`); undefined for values that are not a host (`N/A`, `-`), so a
 * junk website never rejects the whole account.
 *
 * @example
 * websiteDomain('www.Acme.com') // 'acme.com'
 * websiteDomain('n/a') // undefined
 */
export function websiteDomain(website: string | null | undefined): string | undefined {
  if (!website) return undefined;
  const host = normalizeDomain(website);
  return HOST.test(host) ? host : undefined;
}

/** `SELECT ... FROM Account` (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_account.htm) -> Account. */
export const ACCOUNT: SObjectSpec<SalesforceAccount> = {
  name: 'accounts',
  entity: 'account',
  description: 'Accounts, with the domain of their website',
  object: 'Account',
  keyPrefix: '001',
  fields: ['Name', 'Website', 'Industry', 'NumberOfEmployees', 'AnnualRevenue'],
  feeds: { Website: ['domain'] },
  schema: SalesforceAccount,
  derive: (a) => ({ domain: websiteDomain(a.Website) }),
};
export const accounts = sobjectStream(ACCOUNT);
