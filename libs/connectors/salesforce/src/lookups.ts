import { isConnectorError, paginate, VendorError, type HttpClient } from '@tributary/core';
import {
  dataPath,
  SalesforceAccountContacts,
  SalesforceCurrencyType,
  SalesforceOpportunity,
  SalesforceOrganization,
  SalesforceQueryResult,
  soqlString,
} from './api.js';
import type { CurrencySetup } from './currency.js';
import { SALESFORCE_PAGINATION } from './soql.js';
import { dealContactEmail } from './deal-contact.js';

/** Ids per `IN (...)` list: keeps the query URL far below the REST URI length limit. */
const IDS_PER_QUERY = 100;

/** Run a small query to the end (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_query.htm). */
async function queryToEnd(http: HttpClient, soql: string): Promise<unknown[]> {
  const rows: unknown[] = [];
  for await (const page of paginate(http, SALESFORCE_PAGINATION, { path: dataPath('query'), query: { q: soql } }, SalesforceQueryResult)) {
    rows.push(...page.items);
  }
  return rows;
}

/**
 * The org's currency setup: `CurrencyType` exists only in multi-currency
 * orgs (elsewhere it is `INVALID_TYPE`); the single currency is the
 * Organization's default (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_currencytype.htm).
 */
export async function detectCurrency(http: HttpClient): Promise<CurrencySetup> {
  let multi = false;
  try {
    const corporate = SalesforceCurrencyType.safeParse(
      (await queryToEnd(http, 'SELECT IsoCode FROM CurrencyType WHERE IsCorporate = true'))[0],
    );
    multi = true;
    if (corporate.success) return { multi, corporate: corporate.data.IsoCode.toUpperCase() };
  } catch (error) {
    if (!(isConnectorError(error) && error.vendorCode === 'INVALID_TYPE')) throw error;
  }
  const org = SalesforceOrganization.safeParse((await queryToEnd(http, 'SELECT DefaultCurrencyIsoCode FROM Organization'))[0]);
  if (!org.success)
    throw new VendorError('Salesforce returned no default currency for the organization', { vendorCode: 'unexpected_response' });
  return { multi, corporate: org.data.DefaultCurrencyIsoCode.toUpperCase() };
}

/** Accounts of live opportunities that have no primary contact with an email. */
function accountsWithoutContact(rows: readonly unknown[]): string[] {
  const ids = new Set<string>();
  for (const row of rows) {
    const o = SalesforceOpportunity.safeParse(row);
    if (o.success && !o.data.IsDeleted && o.data.AccountId && !dealContactEmail(o.data, new Map())) ids.add(o.data.AccountId);
  }
  return [...ids];
}

/**
 * For deals without a primary contact: each account's oldest contact with
 * an email, in one query per 100 accounts (a per-parent `LIMIT 1` subquery).
 */
export async function fallbackContactEmails(http: HttpClient, opportunityRows: readonly unknown[]): Promise<Map<string, string>> {
  const ids = accountsWithoutContact(opportunityRows);
  const emails = new Map<string, string>();
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const list = ids
      .slice(i, i + IDS_PER_QUERY)
      .map(soqlString)
      .join(', ');
    const soql = `SELECT Id, (SELECT Email FROM Contacts WHERE Email != null ORDER BY CreatedDate ASC LIMIT 1) FROM Account WHERE Id IN (${list})`;
    for (const row of await queryToEnd(http, soql)) {
      const account = SalesforceAccountContacts.safeParse(row);
      const email = account.success ? account.data.Contacts?.records[0]?.Email : undefined;
      if (account.success && email) emails.set(account.data.Id, email);
    }
  }
  return emails;
}
