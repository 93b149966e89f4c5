import type { SalesforceSimulator } from '../sandbox/index.js';

/**
 * Each deal's expected contact email, computed from the simulator's records
 * without the connector's code: the primary contact role's contact, else
 * the account's oldest contact with an email.
 */
export function expectedContactEmails(sim: SalesforceSimulator): Map<string, string | undefined> {
  const contacts = sim.data.records('Contact');
  const emailById = new Map(contacts.map((c) => [c.Id, c.Email]));
  const primary = new Map<string, string>();
  for (const role of sim.data.records('OpportunityContactRole')) {
    const email = role.IsPrimary && role.ContactId ? emailById.get(role.ContactId) : undefined;
    if (email) primary.set(role.OpportunityId, email);
  }
  const oldest = new Map<string, { created: number; email: string }>();
  for (const c of contacts) {
    const created = Date.parse(c.CreatedDate);
    const seen = c.AccountId ? oldest.get(c.AccountId) : undefined;
    if (c.AccountId && c.Email && (!seen || created < seen.created)) oldest.set(c.AccountId, { created, email: c.Email });
  }
  return new Map(
    sim.data
      .records('Opportunity')
      .map((o) => [o.Id, (primary.get(o.Id) ?? (o.AccountId ? oldest.get(o.AccountId)?.email : undefined))?.toLowerCase()]),
  );
}
