import type { Dataset, Rng } from '@tributary/sandbox';
import { generateAccount } from '../generate/accounts.js';
import { generateEvent, generateTask, type Who } from '../generate/activities.js';
import { freshStamp } from '../generate/common.js';
import { generateOpportunity } from '../generate/opportunities.js';
import { generateContact, generateLead } from '../generate/people.js';
import type { Store } from '../store.js';
import type { SfContact } from '../types.js';

export type Creatable = 'Account' | 'Contact' | 'Lead' | 'Opportunity' | 'Task' | 'Event';

/** A live record of a dataset picked by `rng`, or undefined when there is none. */
function liveIndex<T>(data: Dataset<T>, rng: Rng): number | undefined {
  if (data.liveCount() === 0) return undefined;
  for (let tries = 0; tries < 64; tries++) {
    const index = rng.int(0, data.size - 1);
    if (data.has(index)) return index;
  }
  return data.pick(1)[0];
}

function liveWho(store: Store, rng: Rng): Who {
  const contact = liveIndex(store.data.Contact, rng);
  const record: SfContact | undefined = contact === undefined ? undefined : store.data.Contact.get(contact);
  if (record && rng.chance(0.7)) return { whoId: record.Id, accountId: record.AccountId };
  const lead = liveIndex(store.data.Lead, rng);
  return { whoId: lead === undefined ? null : store.world.ids.Lead.encode(lead), accountId: null };
}

/**
 * Add `count` records created now (newest SystemModstamp). Contacts and
 * opportunities go to a live account; activities to a live contact or lead.
 * Returns their ids.
 *
 * @example
 * createRecords(store, 'Contact', 3) // ['003...', '003...', '003...']
 */
export function createRecords(store: Store, object: Creatable, count: number): string[] {
  const { world, data } = store;
  const ids = (changes: ReadonlyArray<{ after?: { Id: string } }>) => changes.map((c) => c.after?.Id ?? '');
  switch (object) {
    case 'Account':
      return ids(data.Account.append(count, (i, { at, rng }) => generateAccount(world, i, rng, freshStamp(at))));
    case 'Contact':
      return ids(
        data.Contact.append(count, (i, { at, rng }) =>
          generateContact(world, i, rng, freshStamp(at), (a) => data.Account.get(a), liveIndex(data.Account, rng) ?? null),
        ),
      );
    case 'Lead':
      return ids(data.Lead.append(count, (i, { at, rng }) => generateLead(world, i, rng, freshStamp(at))));
    case 'Opportunity':
      return ids(
        data.Opportunity.append(count, (i, { at, rng }) =>
          generateOpportunity(world, i, rng, freshStamp(at), liveIndex(data.Account, rng) ?? null),
        ),
      );
    case 'Task':
      return ids(data.Task.append(count, (i, { at, rng }) => generateTask(world, i, rng, freshStamp(at), liveWho(store, rng))));
    case 'Event':
      return ids(data.Event.append(count, (i, { at, rng }) => generateEvent(world, i, rng, freshStamp(at), liveWho(store, rng))));
  }
}
