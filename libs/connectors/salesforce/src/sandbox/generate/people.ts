import { fake, rngFor, type Rng } from '@tributary/sandbox';
import type { SfAccount, SfContact, SfLead } from '../types.js';
import type { World } from '../world.js';
import { accountDomain } from './accounts.js';
import { proportional, systemFields, type Stamp } from './common.js';

const LEAD_STATUSES = {
  'Open - Not Contacted': 35,
  'Working - Contacted': 35,
  'Closed - Converted': 15,
  'Closed - Not Converted': 15,
} as const;

/**
 * The account generated contact `index` belongs to (one in twenty has none),
 * from its own random stream: activities find a contact's account without
 * generating the contact.
 */
export function contactAccountIndex(world: World, index: number): number | null {
  if (world.sizes.accounts === 0 || rngFor(world.seeds.Contact, index, 'account').chance(0.05)) return null;
  return proportional(index, world.sizes.contacts, world.sizes.accounts);
}

/**
 * Contact `index`, with an email at its account's domain.
 *
 * @example
 * generateContact(world, 3, rng, stamp, (i) => accounts.original(i)).AccountId // '001...'
 */
export function generateContact(
  world: World,
  index: number,
  rng: Rng,
  stamp: Stamp,
  accountAt: (index: number) => SfAccount | undefined,
  accountIndex = contactAccountIndex(world, index),
): SfContact {
  const person = fake.person(rng);
  const account = accountIndex === null ? undefined : accountAt(accountIndex);
  return {
    ...systemFields(world, 'Contact', index, rng, stamp),
    AccountId: account?.Id ?? null,
    FirstName: rng.chance(0.97) ? person.firstName : null,
    LastName: person.lastName,
    Email: rng.chance(0.93) ? fake.email(rng, person.firstName, person.lastName, accountDomain(account) ?? person.domain) : null,
    Phone: rng.chance(0.7) ? person.phone : null,
    Title: rng.chance(0.8) ? person.jobTitle : null,
  };
}

/** Lead `index`; a converted lead points at an account. */
export function generateLead(world: World, index: number, rng: Rng, stamp: Stamp): SfLead {
  const person = fake.person(rng);
  const status = rng.weighted(LEAD_STATUSES);
  const converted = status === 'Closed - Converted' && world.sizes.accounts > 0;
  return {
    ...systemFields(world, 'Lead', index, rng, stamp),
    FirstName: person.firstName,
    LastName: person.lastName,
    Email: rng.chance(0.9) ? person.email : null,
    Phone: rng.chance(0.6) ? person.phone : null,
    Title: rng.chance(0.7) ? person.jobTitle : null,
    Company: person.company,
    Status: status,
    LeadSource: rng.pick(['Web', 'Phone Inquiry', 'Partner Referral', 'Trade Show', null]),
    IsConverted: converted,
    ConvertedAccountId: converted ? world.ids.Account.encode(rng.int(0, world.sizes.accounts - 1)) : null,
    ConvertedContactId: null,
  };
}
