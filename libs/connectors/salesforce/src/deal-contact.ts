import type { SalesforceOpportunity } from './api.js';

/** The primary contact role's email, else the email of the account's oldest contact. */
export function dealContactEmail(o: SalesforceOpportunity, accountEmails: ReadonlyMap<string, string>): string | undefined {
  const primary = o.OpportunityContactRoles?.records.find((role) => role.IsPrimary);
  const email = primary?.Contact?.Email;
  if (email) return email;
  return o.AccountId ? accountEmails.get(o.AccountId) : undefined;
}
