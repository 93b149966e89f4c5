import type { Store } from '../store.js';
import { addCharges, updateCharges } from './charges.js';
import { addCustomers, cancelSubscriptions, deleteCustomers, updateCustomers } from './customers.js';

/** Vendor-side changes. Each emits Stripe events, strictly newer than anything before, and returns the affected ids. */
export interface StripeMutations {
  /** Partial refunds (`charge.refunded` + `refund.created`) or description/metadata edits (`charge.updated`); `refunds: false` only edits. */
  updateCharges(count: number, options?: { refunds?: boolean }): string[];
  /** `charge.succeeded`, newest `created`. */
  addCharges(count: number): string[];
  /** `customer.updated`. */
  updateCustomers(count: number): string[];
  /** `customer.created`, newest `created`. */
  addCustomers(count: number): string[];
  /** `customer.deleted`; their open subscriptions are canceled (`customer.subscription.deleted`). */
  deleteCustomers(count: number): string[];
  /** `customer.subscription.deleted`. */
  cancelSubscriptions(count: number): string[];
}

/**
 * @example
 * const mutate = createMutations(store);
 * const ids = mutate.updateCharges(5);
 */
export function createMutations(store: Store): StripeMutations {
  return {
    updateCharges: (count, options) => updateCharges(store, count, options),
    addCharges: (count) => addCharges(store, count),
    updateCustomers: (count) => updateCustomers(store, count),
    addCustomers: (count) => addCustomers(store, count),
    deleteCustomers: (count) => deleteCustomers(store, count),
    cancelSubscriptions: (count) => cancelSubscriptions(store, count),
  };
}
