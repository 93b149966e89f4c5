import { createIdCodec, createMixedIdCodec, deriveSeed, rngFor, type IdCodec } from '@tributary/sandbox';
import { createTimeline, type Timeline } from './timeline.js';
import { isStripeApiVersion } from './versions.js';

/** The account's default API version unless `accountApiVersion` says otherwise. */
export const STRIPE_SIMULATOR_API_VERSION = '2024-06-20';

/**
 * The account's default API version: what a request without `Stripe-Version`
 * gets, and what events are rendered in when they are created (an upgrade
 * in Workbench changes it for later events only).
 */
export interface AccountVersion {
  get(): string;
  set(version: string): void;
}

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
  transfer: IdCodec;
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
  readonly apiVersion: AccountVersion;
  readonly malformedCharges: ReadonlySet<number>;
  /** Whether charge `index` is a payment a Connect account received (`py_`, its refunds `pyr_`). */
  isConnectPayment(index: number): boolean;
  /** Record that refund `refundIndex` (one added after generation) refunds charge `chargeIndex`. */
  noteRefund(refundIndex: number, chargeIndex: number): void;
  /** A fresh `req_...` id (one per response and per vendor-side change). */
  nextRequestId(): string;
}

/**
 * On a Connect account that receives destination charges, the charge is a
 * payment with a `py_` id (its refunds `pyr_`), still `object: "charge"`
 * (https://docs.stripe.com/connect/destination-charges). About one charge in twelve here.
 */
const CONNECT_PAYMENT_SHARE = 1 / 12;

interface Kinds {
  payment: (chargeIndex: number) => boolean;
  refundCharge: (refundIndex: number) => number;
}

function createIds(seed: number, kinds: Kinds): WorldIds {
  const codec = (prefix: string, length = 24): IdCodec => createIdCodec({ prefix, seed, length });
  const byPayment = (payment: (index: number) => boolean) => (index: number) => (payment(index) ? 1 : 0);
  return {
    customer: codec('cus_', 14),
    charge: createMixedIdCodec([codec('ch_'), codec('py_')], byPayment(kinds.payment)),
    refund: createMixedIdCodec(
      [codec('re_'), codec('pyr_')],
      byPayment((j) => kinds.payment(kinds.refundCharge(j))),
    ),
    subscription: codec('sub_'),
    subscriptionItem: codec('si_', 14),
    event: codec('evt_'),
    paymentIntent: codec('pi_'),
    transfer: codec('tr_'),
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
  /** The account's default API version (default 2024-06-20). */
  apiVersion?: string;
}

/**
 * @example
 * const world = createWorld({ seed: 1, sizes: { customers: 10, charges: 100, refunds: 5, subscriptions: 4 }, now: () => new Date(), malformedCharges: [] });
 * world.ids.charge.encode(0); // 'ch_0000000...'
 */
export function createWorld(options: WorldOptions): World {
  const { seed, sizes } = options;
  const seeds = {
    customers: deriveSeed(seed, 'customers'),
    charges: deriveSeed(seed, 'charges'),
    refunds: deriveSeed(seed, 'refunds'),
    subscriptions: deriveSeed(seed, 'subscriptions'),
  };
  // A stream of its own, so charges that are not payments are generated exactly as before.
  const payment = (index: number) => rngFor(seeds.charges, index, 'connect-payment').chance(CONNECT_PAYMENT_SHARE);
  const added = new Map<number, number>();
  const refundCharge = (j: number) => (j < sizes.refunds ? Math.floor((j * sizes.charges) / sizes.refunds) : (added.get(j) ?? 0));
  const ids = createIds(seed, { payment, refundCharge });
  let requests = 0;
  let apiVersion = options.apiVersion ?? STRIPE_SIMULATOR_API_VERSION;
  return {
    seed,
    seeds,
    sizes,
    ids,
    timeline: createTimeline(options.now, sizes),
    apiVersion: {
      get: () => apiVersion,
      set: (version) => {
        if (!isStripeApiVersion(version)) throw new RangeError(`Unknown Stripe API version ${version}`);
        apiVersion = version;
      },
    },
    malformedCharges: new Set(options.malformedCharges),
    isConnectPayment: payment,
    noteRefund: (refundIndex, chargeIndex) => added.set(refundIndex, chargeIndex),
    nextRequestId: () => ids.request.encode(requests++),
  };
}
