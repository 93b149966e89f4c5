import { defineChild } from '@tributary/core';
import { z } from 'zod';
import type { DelivraiEvent } from '../api.js';

/** A company an event was resolved to: what the event says about it. */
export const DelivraiCompany = z.object({
  domain: z.string().min(1),
  name: z.string().min(1),
  industry: z.string().nullable(),
  employee_count: z.number().int().nonnegative().nullable(),
});
export type DelivraiCompany = z.infer<typeof DelivraiCompany>;

/** A domain as an id: lowercase, without a scheme, `www.` or a path (`https://www.Acme.com/x` -> `acme.com`). */
export function normalizeDomain(value: string | null | undefined): string | undefined {
  const domain = value
    ?.trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .split(/[/?#]/)[0];
  return domain && domain.includes('.') ? domain : undefined;
}

/** The company of an event, if it was resolved to one with a domain (a name falls back to the domain). */
export function companyOf(e: DelivraiEvent): DelivraiCompany[] {
  const domain = normalizeDomain(e.company_domain);
  if (!domain) return [];
  return [
    {
      domain,
      name: e.company_name?.trim() || domain,
      industry: e.company_industry ?? null,
      employee_count: e.company_employee_count ?? null,
    },
  ];
}

/**
 * The companies events were resolved to, as accounts keyed by domain. Delivr.ai
 * has no public company endpoint, so a company is what its visitors' events
 * say; every event of a company carries the same facts, so re-reading one is
 * not a change.
 */
export const eventCompanies = defineChild<DelivraiEvent, DelivraiCompany>({
  name: 'companies',
  entity: 'account',
  description: 'Companies that visitors were resolved to, keyed by domain',
  label: 'company',
  primaryKey: 'domain',
  schema: DelivraiCompany,
  items: (e) => companyOf(e),
  derive: (c) => ({ employeeCount: c.employee_count ?? undefined, industry: c.industry ?? undefined }),
});
