import type { HttpClient } from '@tributary/core';
import { z } from 'zod';
import {
  BATCH_READ_SIZE,
  crmPath,
  HUBSPOT_ASSOCIATIONS_VERSION,
  HubSpotAssociationBatch,
  HubSpotBatchRead,
  HubSpotId,
  type ObjectType,
} from './api.js';

type Target = 'contacts' | 'companies';
type Link = HubSpotAssociationBatch['results'][number]['to'][number];

const WithId = z.object({ id: HubSpotId });

/**
 * The one association of a record that stands for the relationship: one
 * labelled `Primary` (the primary company), else the lowest id, so the
 * choice is the same on every read.
 *
 * @example
 * firstLink([{ toObjectId: '9', associationTypes: [] }, { toObjectId: '12', associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 5, label: 'Primary' }] }]) // '12'
 */
export function firstLink(links: readonly Link[]): string | undefined {
  const primary = links.filter((l) => l.associationTypes.some((t) => t.label?.toLowerCase() === 'primary'));
  const pool = primary.length > 0 ? primary : links;
  return [...pool].sort((a, b) => Number(a.toObjectId) - Number(b.toObjectId))[0]?.toObjectId;
}

/** What a page of deals or engagements is linked to: each record's contact and company, and those contacts' emails. */
export class PageLinks {
  static readonly empty = new PageLinks(new Map(), new Map(), new Map());

  constructor(
    private readonly contacts: ReadonlyMap<string, string>,
    private readonly companies: ReadonlyMap<string, string>,
    private readonly emails: ReadonlyMap<string, string>,
  ) {}

  /** The page context a stream's `enrich` returned, or no links. */
  static of(page: unknown): PageLinks {
    return page instanceof PageLinks ? page : PageLinks.empty;
  }

  contactOf(id: string): string | undefined {
    return this.contacts.get(id);
  }

  companyOf(id: string): string | undefined {
    return this.companies.get(id);
  }

  contactEmailOf(id: string): string | undefined {
    const contact = this.contacts.get(id);
    return contact === undefined ? undefined : this.emails.get(contact);
  }
}

/**
 * `POST /crm/v4/associations/{from}/{to}/batch/read`
 * (https://developers.hubspot.com/docs/api/crm/associations): per record,
 * the one associated record of `to` that stands for the link.
 */
async function readAssociations(http: HttpClient, from: ObjectType, to: Target, ids: readonly string[]): Promise<Map<string, string>> {
  const { data } = await http.request(
    {
      method: 'POST',
      path: `/crm/${HUBSPOT_ASSOCIATIONS_VERSION}/associations/${from}/${to}/batch/read`,
      json: { inputs: ids.map((id) => ({ id })) },
      idempotent: true,
    },
    HubSpotAssociationBatch,
  );
  const links = new Map<string, string>();
  for (const result of data.results) {
    const first = firstLink(result.to);
    if (first !== undefined) links.set(result.from.id, first);
  }
  return links;
}

/**
 * `POST /crm/v3/objects/contacts/batch/read` (https://developers.hubspot.com/docs/api/crm/contacts),
 * 100 ids a call: the email of each contact that has one.
 */
async function readEmails(http: HttpClient, ids: readonly string[]): Promise<Map<string, string>> {
  const emails = new Map<string, string>();
  for (let at = 0; at < ids.length; at += BATCH_READ_SIZE) {
    const { data } = await http.request(
      {
        method: 'POST',
        path: crmPath('objects/contacts/batch/read'),
        json: { inputs: ids.slice(at, at + BATCH_READ_SIZE).map((id) => ({ id })), properties: ['email'], propertiesWithHistory: [] },
        idempotent: true,
      },
      HubSpotBatchRead,
    );
    for (const contact of data.results) if (contact.properties['email']) emails.set(contact.id, contact.properties['email']);
  }
  return emails;
}

/**
 * The links of a page of records (their contact and company; with
 * `emails`, the contact's email too): three or four requests a page,
 * whatever its size. Items that do not parse are skipped (they become dead letters).
 */
export async function readPageLinks(
  http: HttpClient,
  from: ObjectType,
  items: readonly unknown[],
  options: { emails: boolean },
): Promise<PageLinks> {
  const ids = items.flatMap((item) => {
    const parsed = WithId.safeParse(item);
    return parsed.success ? [parsed.data.id] : [];
  });
  if (ids.length === 0) return PageLinks.empty;
  const contacts = await readAssociations(http, from, 'contacts', ids);
  const companies = await readAssociations(http, from, 'companies', ids);
  const emails = options.emails ? await readEmails(http, [...new Set(contacts.values())]) : new Map<string, string>();
  return new PageLinks(contacts, companies, emails);
}
