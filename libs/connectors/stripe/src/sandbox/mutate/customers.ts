import { fake, type Rng } from '@tributary/sandbox';
import { customerFields } from '../generate/customers.js';
import type { Store } from '../store.js';
import type { StripeCustomer } from '../types.js';
import { previousAttributes, seconds } from './diff.js';

function edit(customer: StripeCustomer, rng: Rng): StripeCustomer {
  if (rng.chance(0.5)) {
    const [first, last] = (customer.name ?? 'Jo Doe').split(' ');
    return { ...customer, email: fake.email(rng, first, last), metadata: { ...customer.metadata, updated: 'true' } };
  }
  return { ...customer, name: fake.fullName(rng), phone: fake.phone(rng) };
}

/** Edit `count` customers: a new email, or a new name and phone (`customer.updated`). Returns their ids. */
export function updateCustomers(store: Store, count: number): string[] {
  const changes = store.customers.update(count, (customer, { rng }) => edit(customer, rng));
  for (const { before, after, at } of changes) {
    if (before && after) store.events.emit('customer.updated', after, seconds(at), previousAttributes(before, after));
  }
  return changes.map((c) => c.after?.id ?? '');
}

/** Add `count` customers, newer than everything (`customer.created`). Returns their ids. */
export function addCustomers(store: Store, count: number): string[] {
  const changes = store.customers.append(count, (index, ctx) => customerFields(store.world, index, ctx.rng, seconds(ctx.at)));
  for (const { after, at } of changes) if (after) store.events.emit('customer.created', after, seconds(at));
  return changes.map((c) => c.after?.id ?? '');
}

/** Cancel the given (or `count` picked) live subscriptions (`customer.subscription.deleted`). Returns their ids. */
export function cancelSubscriptions(store: Store, target: number | readonly number[]): string[] {
  const indexes = typeof target === 'number' ? store.subscriptions.pick(target, (s) => s.status !== 'canceled') : target;
  const changes = store.subscriptions.update(indexes, (subscription, { at }) => {
    const when = seconds(at);
    return { ...subscription, status: 'canceled', canceled_at: when, ended_at: when };
  });
  for (const { before, after, at } of changes) {
    if (before && after) store.events.emit('customer.subscription.deleted', after, seconds(at), previousAttributes(before, after));
  }
  return changes.map((c) => c.after?.id ?? '');
}

/**
 * Delete `count` customers (`customer.deleted`). As in Stripe, their
 * subscriptions are canceled too; their charges keep the customer id.
 * Returns the customer ids.
 */
export function deleteCustomers(store: Store, count: number): string[] {
  const changes = store.customers.remove(count);
  for (const { before, at } of changes) if (before) store.events.emit('customer.deleted', before, seconds(at));
  const deleted = new Set(changes.map((c) => c.before?.id));
  if (deleted.size > 0 && store.subscriptions.liveCount() > 0) {
    const orphaned = [...store.subscriptions.range()]
      .filter(([, s]) => s.status !== 'canceled' && typeof s.customer === 'string' && deleted.has(s.customer))
      .map(([index]) => index);
    cancelSubscriptions(store, orphaned);
  }
  return changes.map((c) => c.before?.id ?? '');
}
