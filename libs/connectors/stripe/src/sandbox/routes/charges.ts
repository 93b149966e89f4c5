import type { Hono } from 'hono';
import { resourceMissing } from '../errors.js';
import { versionOf } from '../middleware.js';
import { render } from '../render.js';
import { parseParams, type Params } from '../params.js';
import { datasetSource, type Store } from '../store.js';
import type { StripeCharge } from '../types.js';
import { expandCustomer, findCharge, serveCharge } from './lookups.js';
import { mountList } from './list-route.js';

function chargeFilter({ filters }: Params): ((charge: StripeCharge) => boolean) | undefined {
  const { customer, payment_intent: paymentIntent } = filters;
  if (customer === undefined && paymentIntent === undefined) return undefined;
  return (charge) =>
    (customer === undefined || charge.customer === customer) && (paymentIntent === undefined || charge.payment_intent === paymentIntent);
}

/**
 * `GET /v1/charges` (filters `customer`, `payment_intent`; `expand[]=data.customer`) and `GET /v1/charges/:id`.
 * Filters scan (cost grows with the records skipped); unfiltered and `created`-filtered pages are O(limit).
 * https://docs.stripe.com/api/charges/list
 */
export function mountCharges(app: Hono, store: Store): void {
  mountList(app, {
    path: '/v1/charges',
    spec: { list: true, filters: ['customer', 'payment_intent'], expandable: ['data.customer'], unsimulated: ['transfer_group'] },
    source: datasetSource(store.charges, store.world.ids.charge, 'charge'),
    where: chargeFilter,
    render: ({ index, item }, params, c) =>
      serveCharge(
        store,
        index,
        render(versionOf(c, store.world), params.expand.includes('data.customer') ? expandCustomer(store, item) : item),
      ),
  });
  app.get('/v1/charges/:id', (c) => {
    const params = parseParams(new URL(c.req.url).searchParams, { list: false, expandable: ['customer'] });
    const id = c.req.param('id');
    const found = findCharge(store, id);
    if (!found) throw resourceMissing('charge', id, 'id', 404);
    const charge = params.expand.includes('customer') ? expandCustomer(store, found.charge) : found.charge;
    return c.json(serveCharge(store, found.index, render(versionOf(c, store.world), charge)));
  });
}
