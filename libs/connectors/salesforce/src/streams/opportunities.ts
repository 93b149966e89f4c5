import { toMinorUnits } from '@tributary/core';
import { SalesforceOpportunity } from '../api.js';
import type { CurrencySetup } from '../currency.js';
import { dealContactEmail } from '../deal-contact.js';
import { fallbackContactEmails } from '../lookups.js';
import { sobjectStream, type DeriveContext, type SObjectSpec } from './sobject.js';

/** Open until closed; closed deals are won or lost (`IsClosed`, `IsWon` follow the stage's settings). */
export function dealStatus(o: Pick<SalesforceOpportunity, 'IsClosed' | 'IsWon'>): 'open' | 'won' | 'lost' {
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
  fields: ['Name', 'Amount', 'StageName', 'CloseDate', 'IsClosed', 'IsWon', 'AccountId'],
  currencyFields: ['CurrencyIsoCode'],
  subqueries: ['(SELECT IsPrimary, Contact.Email FROM OpportunityContactRoles WHERE IsPrimary = true AND IsDeleted = false)'],
  schema: SalesforceOpportunity,
  enrich: (rows, ctx) => fallbackContactEmails(ctx.http, rows),
  derive,
};
export const opportunities = sobjectStream(OPPORTUNITY);

export { dealContactEmail };
