import { createRng, deriveSeed, fake, rngFor } from '@tributary/sandbox';
import type { SimTeamMember } from './types.js';

/** Someone outside the account's company that meetings are held with. */
export interface SimContact {
  /** Null for an invite that carries only the address (the calendar had no display name). */
  name: string | null;
  email: string;
  domain: string;
}

/** The account the API key belongs to: its company, its recorders and teams, and the people they meet. */
export interface World {
  seed: number;
  company: { name: string; domain: string };
  teams: { name: string; created_at: string }[];
  members: SimTeamMember[];
  contacts: SimContact[];
}

export const TEAMS = ['Sales', 'Customer Success', 'Product'] as const;
const MEMBERS = 9;

const iso = (ms: number): string => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

function membersOf(seed: number, domain: string, epoch: number): SimTeamMember[] {
  return Array.from({ length: MEMBERS }, (_, i) => {
    const rng = rngFor(seed, i, 'member');
    const first = fake.firstName(rng);
    const last = fake.lastName(rng);
    const local = `${first}.${last}${i}`.toLowerCase().replace(/[^a-z0-9.]/g, '');
    const team = TEAMS[i % TEAMS.length] as string;
    return { name: `${first} ${last}`, email: `${local}@${domain}`, team, created_at: iso(epoch - (MEMBERS - i) * 86_400_000) };
  });
}

function contactsOf(seed: number, count: number, own: string): SimContact[] {
  return Array.from({ length: count }, (_, i) => {
    const rng = rngFor(seed, i, 'contact');
    const person = fake.person(rng);
    // Unique addresses whatever the draw (the index is in the local part), never at the account's own domain.
    const [local, drawn] = person.email.split('@') as [string, string];
    const domain = drawn === own ? `client-${drawn}` : drawn;
    return { name: rng.chance(0.1) ? null : person.name, email: `${local}${i}@${domain}`, domain };
  });
}

/**
 * The simulated account, from the seed alone: the company, nine recorders
 * in three teams, and `contacts` external people (some appear in many
 * meetings, so one person links several of them).
 *
 * @example
 * createWorld(7, 40, Date.parse('2026-01-01T00:00:00Z')).members[0].team // 'Sales'
 */
export function createWorld(seed: number, contacts: number, epoch: number): World {
  const rng = createRng(deriveSeed(seed, 'company'));
  const name = fake.companyName(rng);
  const domain = fake.domain(rng, name);
  const teams = TEAMS.map((team, i) => ({ name: team, created_at: iso(epoch - (400 - i * 30) * 86_400_000) }));
  return { seed, company: { name, domain }, teams, members: membersOf(seed, domain, epoch), contacts: contactsOf(seed, contacts, domain) };
}

export { iso as fathomIso };
