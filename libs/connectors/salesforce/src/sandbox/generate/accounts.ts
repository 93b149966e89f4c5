import { fake, type Rng } from '@tributary/sandbox';
import type { SfAccount } from '../types.js';
import type { World } from '../world.js';
import { systemFields, type Stamp } from './common.js';

const INDUSTRIES = ['Technology', 'Finance', 'Healthcare', 'Manufacturing', 'Retail', 'Education', 'Consulting', 'Media'] as const;
const TYPES = ['Customer - Direct', 'Customer - Channel', 'Prospect', 'Partner', 'Other'] as const;

/** What people type into Website: a domain, a URL, nothing, or junk. */
function website(rng: Rng, domain: string): string | null {
  const style = rng.weighted({ www: 50, https: 25, bare: 10, none: 12, junk: 3 });
  if (style === 'none') return null;
  if (style === 'junk') return rng.pick(['N/A', '-', 'tbd']);
  return style === 'www' ? `www.${domain}` : style === 'https' ? `https://www.${domain}/` : domain;
}

/**
 * Account `index`.
 *
 * @example
 * generateAccount(world, 0, rng, stamp).Name // 'Cedar Robotics Inc'
 */
export function generateAccount(world: World, index: number, rng: Rng, stamp: Stamp): SfAccount {
  const name = fake.companyName(rng);
  return {
    ...systemFields(world, 'Account', index, rng, stamp),
    Name: name,
    Type: rng.pick(TYPES),
    Website: website(rng, fake.domain(rng, name)),
    Industry: rng.chance(0.85) ? rng.pick(INDUSTRIES) : null,
    NumberOfEmployees: rng.chance(0.8) ? rng.int(2, 50_000) : null,
    AnnualRevenue: rng.chance(0.6) ? rng.int(100, 500_000) * 1000 : null,
    BillingCountry: rng.pick(['US', 'GB', 'DE', 'FR', 'JP', null]),
  };
}

/** The domain part of an account's Website, for contact emails. */
export function accountDomain(account: SfAccount | undefined): string | undefined {
  const site = account?.Website?.replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/.*$/, '');
  return site && site.includes('.') ? site : undefined;
}
