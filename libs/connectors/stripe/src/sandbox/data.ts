import type { Dataset } from '@tributary/sandbox';
import { findCustomer } from './routes/lookups.js';
import type { Store } from './store.js';
import type { StripeCharge, StripeCustomer, StripeDeletedCustomer, StripeEvent, StripeRefund, StripeSubscription } from './types.js';

/**
 * What the vendor holds right now, for assertions: compare what a sync
 * stored with these. Objects carry the fields of every API version the
 * simulator renders (both places of a subscription's billing period);
 * `renderInVersion(version, object)` gives one version's shape. Iterators go oldest first and skip deleted records.
 * Charges listed in `malformedCharges` are returned well-formed here (the API
 * serves them broken); use `malformedChargeIds()` to leave them out.
 */
export interface StripeData {
  /** The id of record `index` of each collection (existing or not). */
  ids: {
    customer(index: number): string;
    charge(index: number): string;
    refund(index: number): string;
    subscription(index: number): string;
    event(index: number): string;
  };
  customer(index: number): StripeCustomer | undefined;
  /** Live customer, the deleted stub, or undefined when the id never existed. */
  customerById(id: string): StripeCustomer | StripeDeletedCustomer | undefined;
  charge(index: number): StripeCharge | undefined;
  chargeById(id: string): StripeCharge | undefined;
  refund(index: number): StripeRefund | undefined;
  subscription(index: number): StripeSubscription | undefined;
  event(index: number): StripeEvent | undefined;
  /** Live (not deleted) customers. */
  customerCount(): number;
  chargeCount(): number;
  refundCount(): number;
  /** All subscriptions, canceled included (the API hides canceled ones unless `status=all`). */
  subscriptionCount(): number;
  /** Events emitted so far (including ones past the 30-day window). */
  eventCount(): number;
  customers(): Generator<StripeCustomer>;
  charges(): Generator<StripeCharge>;
  refunds(): Generator<StripeRefund>;
  subscriptions(): Generator<StripeSubscription>;
  events(): Generator<StripeEvent>;
  deletedCustomerIds(): string[];
  malformedChargeIds(): string[];
  /** Simulator time (unix seconds): the `now` option, or the last mutation if later. */
  now(): number;
  /** Unix seconds when the simulator was created; generated history ends before it. */
  readonly anchor: number;
}

function* values<T>(dataset: Dataset<T>): Generator<T> {
  for (const [, record] of dataset.range()) yield record;
}

/**
 * @example
 * const data = createData(store);
 * expect(storedCharges).toHaveLength(data.chargeCount() - data.malformedChargeIds().length);
 */
export function createData(store: Store): StripeData {
  const { world } = store;
  return {
    ids: {
      customer: (i) => world.ids.customer.encode(i),
      charge: (i) => world.ids.charge.encode(i),
      refund: (i) => world.ids.refund.encode(i),
      subscription: (i) => world.ids.subscription.encode(i),
      event: (i) => world.ids.event.encode(i),
    },
    customer: (i) => store.customers.get(i),
    customerById: (id) => findCustomer(store, id),
    charge: (i) => store.charges.get(i),
    chargeById: (id) => {
      const index = world.ids.charge.decode(id);
      return index === undefined ? undefined : store.charges.get(index);
    },
    refund: (i) => store.refunds.get(i),
    subscription: (i) => store.subscriptions.get(i),
    event: (i) => store.events.get(i),
    customerCount: () => store.customers.liveCount(),
    chargeCount: () => store.charges.liveCount(),
    refundCount: () => store.refunds.liveCount(),
    subscriptionCount: () => store.subscriptions.liveCount(),
    eventCount: () => store.events.size(),
    customers: () => values(store.customers),
    charges: () => values(store.charges),
    refunds: () => values(store.refunds),
    subscriptions: () => values(store.subscriptions),
    events: function* () {
      for (let i = 0; i < store.events.size(); i++) {
        const event = store.events.get(i);
        if (event) yield event;
      }
    },
    deletedCustomerIds: () => store.customers.changes('removed').map((c) => world.ids.customer.encode(c.index)),
    malformedChargeIds: () => [...world.malformedCharges].sort((a, b) => a - b).map((i) => world.ids.charge.encode(i)),
    now: () => world.timeline.now(),
    anchor: world.timeline.anchor,
  };
}
