import { toMinorUnits } from '@tributary/core';
import { SalesforceOpportunity } from '../api.js';
import type { CurrencySetup } from '../currency.js';
import { dealContactEmail } from '../deal-contact.js';
import { fallbackContactEmails } from '../lookups.js';
import { isReadable } from '../memo.js';
import { sobjectStream, type DeriveContext, type SObjectSpec } from './sobject.js';

export { dealContactEmail };

/**
 * Open until closed; closed deals are won or lost (`IsClosed`, `IsWon` follow
 * the stage's settings). Unknown when the user cannot read them.
 */
export function dealStatus(o: Pick<SalesforceOpportunity, 'IsClosed' | 'IsWon'>): 'open' | 'won' | 'lost' | undefined {
  if (o.IsClosed === undefined || (o.IsClosed && o.IsWon === undefined)) return undefined;
  if (!o.IsClosed) return 'open';
  return o.IsWon ? 'won' : 'lost';
}

/** The record's currency in a multi-currency org, else the org's only currency. */
export function dealCurrency(o: Pick<SalesforceOpportunity, 'CurrencyIsoCode'>, setup: CurrencySetup | null): string | undefined {
  if (setup?.multi && o.CurrencyIsoCode) return o.CurrencyIsoCode.toUpperCase();
  return setup?.corporate.toUpperCase();
}

function derive(o: SalesforceOpportunity, context: DeriveContext): Record<string, unknown> {
  const currency = dealCurrency(o, context.currency);
  return {
    amount: currency ? toMinorUnits(o.Amount, currency) : undefined,
    currency: o.Amount === null || o.Amount === undefined ? undefined : currency,
    status: dealStatus(o),
    contactEmail: dealContactEmail(o, context.accountEmails),
    properties: { isClosed: o.IsClosed, isWon: o.IsWon },
  };
}

/**
 * `SELECT ..., (SELECT IsPrimary, Contact.Email FROM OpportunityContactRoles ...) FROM Opportunity`
 * (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_opportunity.htm)
 * -> Deal: amount in minor units of its currency, stage, close date, open/won/lost, contact email.
 */
export const OPPORTUNITY: SObjectSpec<SalesforceOpportunity> = {
  name: 'opportunities',
  entity: 'deal',
  description: 'Opportunities: amount in minor units, stage, close date, open/won/lost, contact email',
  object: 'Opportunity',
  keyPrefix: '006',
  fields: ['Name', 'Amount', 'StageName', 'CloseDate', 'IsClosed', 'IsWon', 'AccountId'],
  currencyFields: ['CurrencyIsoCode'],
  subqueries: [
    {
      soql: '(SELECT IsPrimary, Contact.Email FROM OpportunityContactRoles WHERE IsPrimary = true AND IsDeleted = false)',
      reads: ['OpportunityContactRole.IsPrimary', 'Contact.Email'],
    },
  ],
  feeds: {
    Amount: ['amount', 'currency'],
    CurrencyIsoCode: ['currency'],
    IsClosed: ['status'],
    IsWon: ['status'],
    'Contact.Email': ['contactEmail'],
    'OpportunityContactRole.IsPrimary': ['contactEmail'],
  },
  schema: SalesforceOpportunity,
  // Without Contact.Email the fallback lookup would fail the page (INVALID_FIELD): the deal keeps no contact email.
  enrich: async (rows, ctx) => (isReadable(ctx.memo, 'Contact.Email') ? fallbackContactEmails(ctx.http, rows) : new Map<string, string>()),
  derive,
};
export const opportunities = sobjectStream(OPPORTUNITY);
