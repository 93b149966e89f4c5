import { createIdCodec, deriveSeed, type IdCodec } from '@tributary/sandbox';
import { createTimeline, type Timeline } from './timeline.js';

/** The API version the simulator speaks when a request does not pin one. */
export const STRIPE_SIMULATOR_API_VERSION = '2024-06-20';

export const DEFAULT_STRIPE_TEST_KEY = 'sk_test_tributary_sandbox';

export interface WorldSizes {
  customers: number;
  charges: number;
  refunds: number;
  subscriptions: number;
}

export interface WorldIds {
  customer: IdCodec;
  charge: IdCodec;
  refund: IdCodec;
  subscription: IdCodec;
  subscriptionItem: IdCodec;
  event: IdCodec;
  paymentIntent: IdCodec;
  paymentMethod: IdCodec;
  balanceTransaction: IdCodec;
  price: IdCodec;
  product: IdCodec;
  request: IdCodec;
}

/** Everything generators share: seeds, sizes, id codecs and time. One per simulator. */
export interface World {
  readonly seed: number;
  readonly seeds: { customers: number; charges: number; refunds: number; subscriptions: number };
  readonly sizes: WorldSizes;
  readonly ids: WorldIds;
  readonly timeline: Timeline;
  readonly malformedCharges: ReadonlySet<number>;
  /** A fresh `req_...` id (one per response and per vendor-side change). */
  nextRequestId(): string;
}

function createIds(seed: number): WorldIds {
  const codec = (prefix: string, length = 24): IdCodec => createIdCodec({ prefix, seed, length });
  return {
    customer: codec('cus_', 14),
    charge: codec('ch_'),
    refund: codec('re_'),
    subscription: codec('sub_'),
    subscriptionItem: codec('si_', 14),
    event: codec('evt_'),
    paymentIntent: codec('pi_'),
    paymentMethod: codec('pm_'),
    balanceTransaction: codec('txn_'),
    price: codec('price_'),
    product: codec('prod_', 14),
    request: codec('req_', 14),
  };
}

export interface WorldOptions {
  seed: number;
  sizes: WorldSizes;
  now: () => Date;
  malformedCharges: readonly number[];
}

/**
 * @example
 * const world = createWorld({ seed: 1, sizes: { customers: 10, charges: 100, refunds: 5, subscriptions: 4 }, now: () => new Date(), malformedCharges: [] });
 * world.ids.charge.encode(0); // 'ch_0000000...'
 */
export function createWorld(options: WorldOptions): World {
  const { seed, sizes } = options;
  const ids = createIds(seed);
  let requests = 0;
  return {
    seed,
    seeds: {
      customers: deriveSeed(seed, 'customers'),
      charges: deriveSeed(seed, 'charges'),
      refunds: deriveSeed(seed, 'refunds'),
      subscriptions: deriveSeed(seed, 'subscriptions'),
    },
    sizes,
    ids,
    timeline: createTimeline(options.now, sizes),
    malformedCharges: new Set(options.malformedCharges),
    nextRequestId: () => ids.request.encode(requests++),
  };
}
