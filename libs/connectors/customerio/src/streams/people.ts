import { defineStream, type HttpClient, type ItemContext, type StreamContext } from '@tributary/core';
import {
  ATTRIBUTES_BATCH,
  CustomerioCustomer,
  CustomerioCustomers,
  CustomerioIdentifiers,
  CustomerioSearchPage,
  customerioPaging,
} from '../api.js';
import type { CustomerioSettings } from '../config.js';

/** Every person has a `cio_id`: "it exists" matches everyone (inf.: the reference shows `exists` on attributes). */
const EVERYONE = { and: [{ attribute: { field: 'cio_id', operator: 'exists' } }] };

/**
 * The search filter: the connection's segment, else every person.
 *
 * @example
 * peopleFilter({ segmentId: 7 }) // { and: [{ segment: { id: 7 } }] }
 */
export function peopleFilter(settings: Partial<Pick<CustomerioSettings, 'segmentId'>>): Record<string, unknown> {
  return settings.segmentId ? { and: [{ segment: { id: settings.segmentId } }] } : EVERYONE;
}

/** The attributes of a page of people, by `cio_id`: `POST /v1/customers/attributes?id_type=cio_id`, 100 ids a call. */
export async function attributesOf(http: HttpClient, items: readonly unknown[]): Promise<Map<string, CustomerioCustomer>> {
  const ids = items.flatMap((item) => {
    const parsed = CustomerioIdentifiers.safeParse(item);
    return parsed.success ? [parsed.data.cio_id] : [];
  });
  const found = new Map<string, CustomerioCustomer>();
  for (let i = 0; i < ids.length; i += ATTRIBUTES_BATCH) {
    const batch = ids.slice(i, i + ATTRIBUTES_BATCH);
    const { data } = await http.request(
      { method: 'POST', path: '/v1/customers/attributes', query: { id_type: 'cio_id' }, json: { ids: batch }, idempotent: true },
      CustomerioCustomers,
    );
    for (const raw of data.customers) {
      const customer = CustomerioCustomer.safeParse(raw);
      const cioId = customer.success ? (customer.data.identifiers?.cio_id ?? stringOf(customer.data.attributes['cio_id'])) : undefined;
      if (customer.success && cioId) found.set(cioId, customer.data);
    }
  }
  return found;
}

const stringOf = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** The attributes a page lookup found for this person (none when it was deleted in between). */
function lookedUp(cioId: string, context: ItemContext): Record<string, unknown> {
  const page = context.page instanceof Map ? context.page : undefined;
  const customer = CustomerioCustomer.safeParse(page?.get(cioId));
  return customer.success ? customer.data.attributes : {};
}

/** A person -> Person values: email and names from the attributes, falling back to the search's identifiers. */
export function derivePerson(p: CustomerioIdentifiers, context: ItemContext): Record<string, unknown> {
  const attributes = lookedUp(p.cio_id, context);
  const created = Number(stringOf(attributes['created_at']));
  return {
    email: stringOf(attributes['email']) ?? p.email ?? undefined,
    firstName: stringOf(attributes['first_name']),
    lastName: stringOf(attributes['last_name']),
    customerId: p.id ?? undefined,
    createdAt: Number.isFinite(created) && created > 0 ? new Date(created * 1000).toISOString() : undefined,
    kind: 'customer',
  };
}

/**
 * `POST /v1/customers` (search, https://docs.customer.io/integrations/api/app/)
 * -> Person, each page's attributes read in batches of 100 by `cio_id`.
 * Customer.io has no "changed since" filter for people, so every run reads
 * every person (see the README for the cost and the alternatives).
 */
export const people = defineStream<CustomerioIdentifiers, CustomerioSettings>({
  name: 'people',
  entity: 'person',
  description: 'People (customers) with their email and name attributes',
  label: 'person',
  primaryKey: 'cio_id',
  request: (_window, ctx: StreamContext<CustomerioSettings>) => ({
    method: 'POST',
    path: '/v1/customers',
    json: { filter: peopleFilter(ctx.settings) },
    idempotent: true,
  }),
  pagination: customerioPaging('identifiers', 1000),
  response: CustomerioSearchPage,
  schema: CustomerioIdentifiers,
  incremental: { type: 'fullRefresh' },
  enrich: (items, ctx) => attributesOf(ctx.http, items),
  derive: (p, context) => derivePerson(p, context),
});
