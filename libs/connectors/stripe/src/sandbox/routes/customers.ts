import type { Hono } from 'hono';
import { resourceMissing } from '../errors.js';
import { parseParams } from '../params.js';
import { datasetSource, type Store } from '../store.js';
import { findCustomer } from './lookups.js';
import { mountList } from './list-route.js';

/**
 * `GET /v1/customers` (filters: `email`, exact and case-sensitive) and `GET /v1/customers/:id`.
 * Deleted customers vanish from the list; retrieving one returns `{ id, object, deleted: true }`.
 * https://docs.stripe.com/api/customers/list
 */
export function mountCustomers(app: Hono, store: Store): void {
  mountList(app, {
    path: '/v1/customers',
    spec: { list: true, filters: ['email'], unsimulated: ['test_clock'] },
    source: datasetSource(store.customers, store.world.ids.customer, 'customer'),
    where: ({ filters }) => (filters.email === undefined ? undefined : (customer) => customer.email === filters.email),
  });
  app.get('/v1/customers/:id', (c) => {
    parseParams(new URL(c.req.url).searchParams, { list: false });
    const id = c.req.param('id');
    const customer = findCustomer(store, id);
    if (!customer) throw resourceMissing('customer', id, 'id', 404);
    return c.json(customer);
  });
}
