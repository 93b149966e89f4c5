import { fake, type Rng } from '@tributary/sandbox';
import { DAY_MS, sfDate } from '../clock.js';
import type { SfContactRole, SfOpportunity } from '../types.js';
import type { World } from '../world.js';
import { proportional, proportionalRange, recordCurrency, systemFields, type Stamp } from './common.js';

/** The standard sales process: stage -> probability, closed, won. */
export const STAGES: Readonly<Record<string, { probability: number; closed: boolean; won: boolean }>> = {
  Prospecting: { probability: 10, closed: false, won: false },
  Qualification: { probability: 10, closed: false, won: false },
  'Needs Analysis': { probability: 20, closed: false, won: false },
  'Value Proposition': { probability: 50, closed: false, won: false },
  'Proposal/Price Quote': { probability: 75, closed: false, won: false },
  'Negotiation/Review': { probability: 90, closed: false, won: false },
  'Closed Won': { probability: 100, closed: true, won: true },
  'Closed Lost': { probability: 0, closed: true, won: false },
};

/** The stage fields that follow from a stage name. */
export function stageFields(stage: string): Pick<SfOpportunity, 'StageName' | 'Probability' | 'IsClosed' | 'IsWon'> {
  const s = STAGES[stage] ?? { probability: 10, closed: false, won: false };
  return { StageName: stage, Probability: s.probability, IsClosed: s.closed, IsWon: s.won };
}

/** A deal size in the record currency's major units (two decimals, or whole yen). */
export function dealAmount(rng: Rng, currency: string): number {
  if (currency === 'JPY') return rng.int(10, 5_000) * 1000;
  if (currency === 'KWD') return rng.int(1_000, 900_000) / 1000;
  return rng.int(500, 250_000) + rng.pick([0, 0, 0.5, 0.99]);
}

/** Opportunity `index`: on an account (most), in a stage, closing around its creation. */
export function generateOpportunity(world: World, index: number, rng: Rng, stamp: Stamp, accountIndex?: number | null): SfOpportunity {
  const account =
    accountIndex !== undefined
      ? accountIndex
      : world.sizes.accounts === 0 || rng.chance(0.05)
        ? null
        : proportional(index, world.sizes.opportunities, world.sizes.accounts);
  const currency = recordCurrency(world, rng);
  const stage = rng.pick(Object.keys(STAGES));
  return {
    ...systemFields(world, 'Opportunity', index, rng, stamp),
    ...(world.multiCurrency ? { CurrencyIsoCode: currency } : {}),
    Name: `${fake.sentence(rng, 2)} deal`,
    AccountId: account === null ? null : world.ids.Account.encode(account),
    Amount: rng.chance(0.95) ? dealAmount(rng, currency) : null,
    ...stageFields(stage),
    CloseDate: sfDate(stamp.created + rng.int(7, 120) * DAY_MS),
    Type: rng.pick(['New Business', 'Existing Business', null]),
  };
}

/**
 * Contact role `index`: two per opportunity (`index / 2`); the first is
 * primary seven times in ten, so some deals have no primary contact. The
 * contact is one of the opportunity account's when it has any.
 */
export function generateContactRole(
  world: World,
  index: number,
  rng: Rng,
  stamp: Stamp,
  opportunity: SfOpportunity | undefined,
): SfContactRole {
  const { accounts, contacts } = world.sizes;
  const accountIndex = opportunity?.AccountId ? world.ids.Account.decode(opportunity.AccountId) : undefined;
  const [lo, hi] = accountIndex === undefined ? [0, -1] : proportionalRange(accountIndex, contacts, accounts);
  const contact = hi >= lo ? rng.int(lo, hi) : contacts > 0 ? rng.int(0, contacts - 1) : null;
  return {
    ...systemFields(world, 'OpportunityContactRole', index, rng, stamp),
    OpportunityId: world.ids.Opportunity.encode(Math.floor(index / 2)),
    ContactId: contact === null ? null : world.ids.Contact.encode(contact),
    Role: rng.pick(['Decision Maker', 'Economic Buyer', 'Technical Buyer', 'Influencer', null]),
    IsPrimary: index % 2 === 0 && rng.chance(0.7),
  };
}
