import { fake, type Rng } from '@tributary/sandbox';
import { PIPELINES } from '../pipelines.js';
import type { SimObject } from '../types.js';
import { idOf, type Layout } from './common.js';

const INDUSTRIES = [
  'COMPUTER_SOFTWARE',
  'FINANCIAL_SERVICES',
  'HOSPITAL_HEALTH_CARE',
  'MARKETING_AND_ADVERTISING',
  'RETAIL',
  'LOGISTICS_AND_SUPPLY_CHAIN',
  'INFORMATION_TECHNOLOGY_AND_SERVICES',
] as const;
const LIFECYCLE = ['subscriber', 'lead', 'marketingqualifiedlead', 'salesqualifiedlead', 'opportunity', 'customer'] as const;
const CURRENCIES = { USD: 6, EUR: 2, GBP: 1, JPY: 1, none: 1 } as const;

/** When a record was created and last changed (ms). */
export interface Stamps {
  createdAt: number;
  updatedAt: number;
}

/** A company: some have no name (created from a domain), some neither. */
export function company(index: number, rng: Rng, at: Stamps): SimObject {
  const name = fake.companyName(rng);
  const nameless = rng.chance(0.04);
  return {
    id: idOf('companies', index),
    ...at,
    props: {
      name: nameless ? null : name,
      domain: nameless && rng.chance(0.5) ? null : fake.domain(rng, name),
      industry: rng.chance(0.85) ? rng.pick(INDUSTRIES) : null,
      numberofemployees: rng.chance(0.8) ? String(rng.int(2, 20_000)) : null,
      annualrevenue: rng.chance(0.6) ? String(rng.int(100, 500_000) * 1_000) : null,
      city: fake.address(rng).city,
    },
    links: {},
  };
}

/** A contact of its company (its `associatedcompanyid`); one in ten has none, one in ten no email. */
export function contact(index: number, rng: Rng, at: Stamps, links: Layout): SimObject {
  const person = fake.person(rng);
  const companyIndex = links.companyOfContact(index);
  const companyId = companyIndex === undefined ? null : idOf('companies', companyIndex);
  return {
    id: idOf('contacts', index),
    ...at,
    props: {
      email: rng.chance(0.9) ? person.email : null,
      firstname: person.firstName,
      lastname: person.lastName,
      jobtitle: rng.chance(0.8) ? person.jobTitle : null,
      phone: rng.chance(0.6) ? person.phone : null,
      associatedcompanyid: companyId,
      lifecyclestage: rng.chance(0.9) ? rng.pick(LIFECYCLE) : null,
    },
    links: companyId ? { companies: [companyId] } : {},
  };
}

function amountIn(currency: string, rng: Rng): string {
  if (currency === 'JPY') return String(rng.int(100, 50_000) * 100);
  return (rng.int(50_000, 25_000_000) / 100).toFixed(rng.chance(0.5) ? 2 : 1);
}

/** A deal in one of the pipelines' stages, with an amount in its currency (some without either). */
export function deal(index: number, rng: Rng, at: Stamps, links: Layout): SimObject {
  const pipeline = rng.chance(0.8) ? PIPELINES[0] : PIPELINES[1];
  const stages = pipeline?.stages.filter((s) => !s.archived || rng.chance(0.3)) ?? [];
  const currency = rng.weighted(CURRENCIES);
  const companyIndex = links.companyOfDeal(index);
  const contacts = companyIndex === undefined ? [] : links.contactsOfCompany(companyIndex);
  return {
    id: idOf('deals', index),
    ...at,
    props: {
      dealname: `${fake.sentence(rng, 2)} (${fake.word(rng)})`,
      amount: rng.chance(0.92) ? amountIn(currency, rng) : null,
      deal_currency_code: currency === 'none' ? null : currency,
      pipeline: pipeline?.id ?? null,
      dealstage: rng.pick(stages).id,
      closedate: rng.chance(0.85) ? new Date(at.createdAt + rng.int(5, 120) * 86_400_000 + rng.int(0, 86_399) * 1000).toISOString() : null,
    },
    links: {
      contacts: contacts.map((c) => idOf('contacts', c)),
      companies: companyIndex === undefined ? [] : [idOf('companies', companyIndex)],
    },
  };
}
