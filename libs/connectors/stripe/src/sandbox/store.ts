import { Dataset, rngFor, type IdCodec } from '@tributary/sandbox';
import { createEventLog, type EventLog } from './events.js';
import { buildCharge, chargeBasics, type CustomerLookup } from './generate/charges.js';
import { generateCustomer } from './generate/customers.js';
import { buildRefund, chargeOfBaseRefund, REFUND_DELAY, refundTerms } from './generate/refunds.js';
import { generateSubscription } from './generate/subscriptions.js';
import type { ListSource } from './list.js';
import type { StripeCharge, StripeCustomer, StripeEvent, StripeRefund, StripeSubscription } from './types.js';
import type { World } from './world.js';

/** The vendor's state: generated datasets with their overlays, and the event log. */
export interface Store {
  world: World;
  customers: Dataset<StripeCustomer>;
  charges: Dataset<StripeCharge>;
  refunds: Dataset<StripeRefund>;
  subscriptions: Dataset<StripeSubscription>;
  events: EventLog;
  /** Customers as first generated or added (charges copy billing details from them). */
  customerAt: CustomerLookup;
}

function generateRefund(world: World, index: number, customerAt: CustomerLookup): StripeRefund {
  const chargeIndex = chargeOfBaseRefund(world, index);
  const basics = chargeBasics(world, chargeIndex, customerAt);
  const terms = refundTerms(world, index, basics.amount, basics.currency);
  const source = {
    ...terms,
    chargeIndex,
    chargeCreated: basics.created,
    currency: basics.currency,
    created: basics.created + REFUND_DELAY,
  };
  return buildRefund(world, index, source, rngFor(world.seeds.refunds, index));
}

/**
 * @example
 * const store = createStore(world);
 * store.charges.get(999_999); // generated on demand
 */
export function createStore(world: World): Store {
  const clock = (): number => world.timeline.tick() * 1000;
  const customers = new Dataset<StripeCustomer>({
    seed: world.seeds.customers,
    size: world.sizes.customers,
    generate: (index, rng) => generateCustomer(world, index, rng),
    clock,
  });
  const customerAt: CustomerLookup = (index) => customers.original(index);
  const charges = new Dataset<StripeCharge>({
    seed: world.seeds.charges,
    size: world.sizes.charges,
    generate: (index, rng) => buildCharge(world, index, chargeBasics(world, index, customerAt), rng),
    clock,
  });
  const refunds = new Dataset<StripeRefund>({
    seed: world.seeds.refunds,
    size: world.sizes.refunds,
    generate: (index) => generateRefund(world, index, customerAt),
    clock,
  });
  const subscriptions = new Dataset<StripeSubscription>({
    seed: world.seeds.subscriptions,
    size: world.sizes.subscriptions,
    generate: (index, rng) => generateSubscription(world, index, rng),
    clock,
  });
  return { world, customers, charges, refunds, subscriptions, events: createEventLog(world), customerAt };
}

/** A dataset seen as a Stripe list: ids through its codec, `created` from the record. */
export function datasetSource<T extends { created: number }>(dataset: Dataset<T>, codec: IdCodec, noun: string): ListSource<T> {
  return {
    noun,
    size: () => dataset.size,
    created: (index) => dataset.peek(index)?.created ?? 0,
    get: (index) => dataset.get(index),
    indexOf: (id) => {
      const index = codec.decode(id);
      return index !== undefined && index < dataset.size ? index : undefined;
    },
  };
}

/** The event log seen as a Stripe list. */
export function eventSource(events: EventLog): ListSource<StripeEvent> {
  return {
    noun: 'event',
    size: () => events.size(),
    created: (index) => events.get(index)?.created ?? 0,
    get: (index) => events.get(index),
    indexOf: (id) => events.indexOf(id),
  };
}
