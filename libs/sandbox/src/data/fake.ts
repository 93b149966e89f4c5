import type { Rng } from './random.js';
import { CITIES, COMPANY_NOUNS, COMPANY_PREFIXES, COMPANY_SUFFIXES, FIRST_NAMES, JOB_TITLES, LAST_NAMES, STREETS, WORDS } from './words.js';

/** A consistent fake person: the email matches the name and the company domain. */
export interface FakePerson {
  firstName: string;
  lastName: string;
  name: string;
  email: string;
  phone: string;
  jobTitle: string;
  company: string;
  domain: string;
}

/** A fake postal address (Stripe-shaped field names, useful for most vendors). */
export interface FakeAddress {
  line1: string;
  line2: null;
  city: string;
  state: null;
  postal_code: string;
  country: string;
}

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** Company name without its legal suffix, e.g. `Cedar Robotics`. */
function companyBase(rng: Rng): string {
  return `${rng.pick(COMPANY_PREFIXES)} ${rng.pick(COMPANY_NOUNS)}`;
}

/** Domain for a company name: `Cedar Robotics Inc` -> `cedarrobotics.example`. */
function domainFor(company: string): string {
  const base = company.split(' ').slice(0, 2).join(' ');
  return `${slug(base)}.example`;
}

function email(rng: Rng, first?: string, last?: string, domain?: string): string {
  const f = slug(first ?? rng.pick(FIRST_NAMES));
  const l = slug(last ?? rng.pick(LAST_NAMES));
  const d = domain ?? domainFor(companyBase(rng));
  const style = rng.int(0, 2);
  const local = style === 0 ? `${f}.${l}` : style === 1 ? `${f[0] ?? 'x'}${l}` : `${f}${rng.int(1, 99)}`;
  return `${local}@${d}`;
}

/**
 * Fake-data helpers. Every helper takes the record's {@link Rng}, so values
 * are reproducible from `(seed, index)`.
 *
 * @example
 * const rng = rngFor(seed, index);
 * const person = fake.person(rng); // { name: 'Maya Tanaka', email: 'maya.tanaka@cedarrobotics.example', ... }
 */
export const fake = {
  firstName: (rng: Rng): string => rng.pick(FIRST_NAMES),
  lastName: (rng: Rng): string => rng.pick(LAST_NAMES),
  fullName: (rng: Rng): string => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
  companyName: (rng: Rng): string => `${companyBase(rng)} ${rng.pick(COMPANY_SUFFIXES)}`,
  /** A domain under the reserved `.example` TLD, derived from `company` when given. */
  domain: (rng: Rng, company?: string): string => domainFor(company ?? companyBase(rng)),
  email,
  /** A North American number in the fictional 555-01xx range, e.g. `+1-415-555-0142`. */
  phone: (rng: Rng): string => `+1-${rng.int(201, 989)}-555-01${String(rng.int(0, 99)).padStart(2, '0')}`,
  jobTitle: (rng: Rng): string => rng.pick(JOB_TITLES),
  word: (rng: Rng): string => rng.pick(WORDS),
  words: (rng: Rng, count: number): string[] => Array.from({ length: count }, () => rng.pick(WORDS)),
  /** A short capitalised phrase, e.g. `Annual premium seat`. */
  sentence: (rng: Rng, count = 3): string => {
    const text = Array.from({ length: count }, () => rng.pick(WORDS)).join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  },
  address: (rng: Rng): FakeAddress => {
    const place = rng.pick(CITIES);
    return {
      line1: `${rng.int(1, 999)} ${rng.pick(STREETS)}`,
      line2: null,
      city: place.city,
      state: null,
      postal_code: place.postal,
      country: place.country,
    };
  },
  person: (rng: Rng): FakePerson => {
    const firstName = rng.pick(FIRST_NAMES);
    const lastName = rng.pick(LAST_NAMES);
    const company = `${companyBase(rng)} ${rng.pick(COMPANY_SUFFIXES)}`;
    const domain = domainFor(company);
    return {
      firstName,
      lastName,
      name: `${firstName} ${lastName}`,
      email: email(rng, firstName, lastName, domain),
      phone: fake.phone(rng),
      jobTitle: rng.pick(JOB_TITLES),
      company,
      domain,
    };
  },
};
