import type { Hono } from 'hono';
import { resourceMissing } from '../errors.js';
import { versionOf } from '../middleware.js';
import { render } from '../render.js';
import { parseParams, type Params } from '../params.js';
import { datasetSource, type Store } from '../store.js';
import type { StripeRefund } from '../types.js';
import { findCharge } from './lookups.js';
import { mountList } from './list-route.js';

function refundFilter({ filters }: Params): ((refund: StripeRefund) => boolean) | undefined {
  const { charge, payment_intent: paymentIntent } = filters;
  if (charge === undefined && paymentIntent === undefined) return undefined;
  return (refund) =>
    (charge === undefined || refund.charge === charge) && (paymentIntent === undefined || refund.payment_intent === paymentIntent);
}

function expandCharge(store: Store, refund: StripeRefund): StripeRefund {
  if (typeof refund.charge !== 'string') return refund;
  return { ...refund, charge: findCharge(store, refund.charge)?.charge ?? refund.charge };
}

/**
 * `GET /v1/refunds` (filters `charge`, `payment_intent`; `expand[]=data.charge`) and `GET /v1/refunds/:id`.
 * https://docs.stripe.com/api/refunds/list
 */
export function mountRefunds(app: Hono, store: Store): void {
  mountList(app, {
    path: '/v1/refunds',
    spec: { list: true, filters: ['charge', 'payment_intent'], expandable: ['data.charge'] },
    source: datasetSource(store.refunds, store.world.ids.refund, 'refund'),
    where: refundFilter,
    render: ({ item }, params, c) =>
      render(versionOf(c, store.world), params.expand.includes('data.charge') ? expandCharge(store, item) : item),
  });
  app.get('/v1/refunds/:id', (c) => {
    parseParams(new URL(c.req.url).searchParams, { list: false });
    const id = c.req.param('id');
    const index = store.world.ids.refund.decode(id);
    const refund = index === undefined ? undefined : store.refunds.get(index);
    if (!refund) throw resourceMissing('refund', id, 'id', 404);
    return c.json(render(versionOf(c, store.world), refund));
  });
}
