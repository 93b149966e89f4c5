import type { z } from 'zod';
import { hubspotObject, HubSpotStamp, PropertyValue } from '../api.js';
import { objectStream, type ObjectSpec } from './object-stream.js';

export const HubSpotCompany = hubspotObject({
  name: PropertyValue,
  domain: PropertyValue,
  industry: PropertyValue,
  numberofemployees: PropertyValue,
  annualrevenue: PropertyValue,
  hs_lastmodifieddate: HubSpotStamp,
});
export type HubSpotCompany = z.infer<typeof HubSpotCompany>;

/**
 * A company's display name: its name, else its domain (HubSpot creates
 * companies from a domain alone), else a placeholder naming its id, so a
 * nameless company still stores and its contacts and deals still link to it.
 *
 * @example
 * companyName({ id: '51', properties: { name: '', domain: 'acme.example' } }) // 'acme.example'
 */
export function companyName(c: { id: string; properties: { name?: string | null; domain?: string | null } }): string {
  return c.properties.name?.trim() || c.properties.domain?.trim() || `HubSpot company ${c.id}`;
}

/** Companies (https://developers.hubspot.com/docs/api/crm/companies) -> Account. */
export const COMPANY: ObjectSpec<HubSpotCompany> = {
  type: 'companies',
  entity: 'account',
  description: 'Companies, with their domain, industry, size and revenue',
  label: 'company',
  properties: ['name', 'domain', 'industry', 'numberofemployees', 'annualrevenue'],
  schema: HubSpotCompany,
  derive: (c) => ({ name: companyName(c) }),
};
export const companies = objectStream(COMPANY);
