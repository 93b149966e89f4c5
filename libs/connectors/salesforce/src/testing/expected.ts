import type { ExpectedRecords } from '@tributary/conformance';
import type { SalesforceSimulator, SfAccount, SfContact, SfEvent, SfLead, SfOpportunity, SfTask } from '../sandbox/index.js';

/** Minor-unit exponents the simulator's currencies use (ISO 4217). */
const EXPONENT: Readonly<Record<string, number>> = { JPY: 0, KWD: 3 };
const HOST = /^([a-z0-9-]+\.)+[a-z]{2,}$/;

/** Website -> bare host, independently of the connector's code. */
function hostOf(website: string | null): string | undefined {
  if (!website) return undefined;
  const host =
    website
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .split('/')[0] ?? '';
  return HOST.test(host) ? host : undefined;
}

const account = (a: SfAccount) => ({
  name: a.Name,
  domain: hostOf(a.Website),
  industry: a.Industry ?? undefined,
  employeeCount: a.NumberOfEmployees ?? undefined,
  annualRevenue: a.AnnualRevenue ?? undefined,
});

const person = (p: SfContact | SfLead, kind: 'contact' | 'lead', accountId: string | null) => ({
  email: p.Email?.toLowerCase() ?? undefined,
  firstName: p.FirstName ?? undefined,
  lastName: p.LastName,
  kind,
  accountExternalId: accountId ?? undefined,
});

function deal(o: SfOpportunity, corporate: string) {
  const currency = o.CurrencyIsoCode ?? corporate;
  const amount = o.Amount === null ? undefined : Math.round(o.Amount * 10 ** (EXPONENT[currency] ?? 2));
  return {
    name: o.Name,
    amount,
    currency: amount === undefined ? undefined : currency,
    stage: o.StageName,
    status: o.IsClosed ? (o.IsWon ? 'won' : 'lost') : 'open',
    closeDate: o.CloseDate,
    accountExternalId: o.AccountId ?? undefined,
  };
}

const TASK_TYPES: Readonly<Record<string, string>> = { Email: 'email', Call: 'call' };
const activity = (a: SfTask | SfEvent, type: string, at: string) => ({
  type,
  occurredAt: new Date(at),
  personExternalId: a.WhoId ?? undefined,
  accountExternalId: a.AccountId ?? undefined,
});

/**
 * What the org holds, as canonical expectations, computed from the
 * simulator's records without the connector's code. A deal's contact
 * email is left out: it is resolved when the deal is read (see the README).
 */
export function salesforceExpected(sim: SalesforceSimulator): ExpectedRecords {
  const { data } = sim;
  const people = new Map<string, Record<string, unknown>>();
  for (const c of data.records('Contact')) people.set(c.Id, person(c, 'contact', c.AccountId));
  for (const l of data.records('Lead')) people.set(l.Id, person(l, 'lead', l.ConvertedAccountId));
  const activities = new Map<string, Record<string, unknown>>();
  for (const t of data.records('Task')) activities.set(t.Id, activity(t, TASK_TYPES[t.TaskSubtype] ?? 'task', t.CreatedDate));
  for (const e of data.records('Event')) activities.set(e.Id, activity(e, 'meeting', e.StartDateTime));
  return {
    account: new Map(data.records('Account').map((a) => [a.Id, account(a)])),
    person: people,
    deal: new Map(data.records('Opportunity').map((o) => [o.Id, deal(o, data.org.currency)])),
    activity: activities,
  };
}
