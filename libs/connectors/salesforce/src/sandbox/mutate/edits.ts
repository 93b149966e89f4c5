import { fake, type Rng } from '@tributary/sandbox';
import { sfDateTime } from '../clock.js';
import { dealAmount, stageFields, STAGES } from '../generate/opportunities.js';
import type { SalesforceObjects, SfAccount, SfContact, SfEvent, SfLead, SfOpportunity, SfTask } from '../types.js';

type Edit<T> = (record: T, rng: Rng, at: number) => T;

const account: Edit<SfAccount> = (a, rng) =>
  rng.chance(0.5)
    ? { ...a, Industry: rng.pick(['Technology', 'Finance', 'Healthcare', 'Retail']) }
    : { ...a, NumberOfEmployees: rng.int(2, 50_000) };

const contact: Edit<SfContact> = (c, rng) => {
  const roll = rng.next();
  if (roll < 0.3) return { ...c, Email: fake.email(rng, c.FirstName ?? undefined, c.LastName) };
  if (roll < 0.8) return { ...c, Title: fake.jobTitle(rng), Phone: fake.phone(rng) };
  return { ...c, LastName: fake.lastName(rng) };
};

const LEAD_STATUSES = ['Open - Not Contacted', 'Working - Contacted', 'Closed - Not Converted'];
const lead: Edit<SfLead> = (l, rng) => (rng.chance(0.5) ? { ...l, Status: rng.pick(LEAD_STATUSES) } : { ...l, Title: fake.jobTitle(rng) });

const opportunity: Edit<SfOpportunity> = (o, rng) =>
  rng.chance(0.6) ? { ...o, ...stageFields(rng.pick(Object.keys(STAGES))) } : { ...o, Amount: dealAmount(rng, o.CurrencyIsoCode ?? 'USD') };

const task: Edit<SfTask> = (t) => ({ ...t, Status: 'Completed', IsClosed: true });

const event: Edit<SfEvent> = (e, rng) => {
  const start = Date.parse(e.StartDateTime) + rng.int(1, 48) * 3_600_000;
  return {
    ...e,
    StartDateTime: sfDateTime(start),
    ActivityDateTime: sfDateTime(start),
    EndDateTime: sfDateTime(start + e.DurationInMinutes * 60_000),
  };
};

/** A vendor-side edit per object (what a sales rep would change). */
export const EDITS: { [K in keyof SalesforceObjects]: Edit<SalesforceObjects[K]> } = {
  Account: account,
  Contact: contact,
  Lead: lead,
  Opportunity: opportunity,
  OpportunityContactRole: (r, rng) => ({ ...r, Role: rng.pick(['Decision Maker', 'Influencer', 'Evaluator']) }),
  Task: task,
  Event: event,
};

/**
 * An edited record, its modification stamps moved to `at`.
 *
 * @example
 * touch(EDITS.Task, task, rng, at).SystemModstamp // sfDateTime(at)
 */
export function touch<T extends { LastModifiedDate: string; SystemModstamp: string }>(edit: Edit<T>, record: T, rng: Rng, at: number): T {
  return { ...edit(record, rng, at), LastModifiedDate: sfDateTime(at), SystemModstamp: sfDateTime(at) };
}
