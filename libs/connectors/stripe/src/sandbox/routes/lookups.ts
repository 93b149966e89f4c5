import { deletedCustomer } from '../generate/customers.js';
import type { Store } from '../store.js';
import type { StripeCharge, StripeCustomer, StripeDeletedCustomer } from '../types.js';

/** A customer by id: the live object, the deleted stub, or undefined when it never existed. */
export function findCustomer(store: Store, id: string): StripeCustomer | StripeDeletedCustomer | undefined {
  const index = store.world.ids.customer.decode(id);
  if (index === undefined || index >= store.customers.size) return undefined;
  return store.customers.get(index) ?? deletedCustomer(id);
}

/** A charge by id, with its index (needed to serve malformed rows). */
export function findCharge(store: Store, id: string): { index: number; charge: StripeCharge } | undefined {
  const index = store.world.ids.charge.decode(id);
  const charge = index === undefined ? undefined : store.charges.get(index);
  return index === undefined || charge === undefined ? undefined : { index, charge };
}

/** `expand[]=customer`: the id replaced by the customer object (or its deleted stub). */
export function expandCustomer<T extends { customer: StripeCharge['customer'] }>(store: Store, item: T): T {
  if (typeof item.customer !== 'string') return item;
  return { ...item, customer: findCustomer(store, item.customer) ?? item.customer };
}

/**
 * A charge as served. Charges listed in `malformedCharges` are broken on the
 * wire, alternating by index: even indexes get `amount: 'abc'`, odd ones lose
 * `currency`, so dead-letter handling can be tested.
 */
export function serveCharge(store: Store, index: number, charge: StripeCharge): unknown {
  if (!store.world.malformedCharges.has(index)) return charge;
  if (index % 2 === 0) return { ...charge, amount: 'abc' };
  const { currency: _currency, ...withoutCurrency } = charge;
  return withoutCurrency;
}
