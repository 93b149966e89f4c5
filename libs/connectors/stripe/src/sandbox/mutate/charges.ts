import type { Change } from '@tributary/sandbox';
import { fake, type Rng } from '@tributary/sandbox';
import { amountFor, amountStep } from '../generate/amounts.js';
import { buildCharge } from '../generate/charges.js';
import { buildRefund } from '../generate/refunds.js';
import type { Store } from '../store.js';
import type { StripeCharge } from '../types.js';
import { previousAttributes, seconds } from './diff.js';

function refundable(charge: StripeCharge): boolean {
  return charge.status === 'succeeded' && charge.amount_refunded < charge.amount;
}

/** A partial refund creates a refund object, as in Stripe. */
function recordRefund(store: Store, index: number, before: StripeCharge, after: StripeCharge, at: number): void {
  store.events.emit('charge.refunded', after, at, previousAttributes(before, after));
  const [created] = store.refunds.append(1, (refundIndex, ctx) => {
    store.world.noteRefund(refundIndex, index);
    const source = {
      chargeIndex: index,
      chargeCreated: after.created,
      currency: after.currency,
      amount: after.amount_refunded - before.amount_refunded,
      status: 'succeeded' as const,
      reason: 'requested_by_customer' as const,
      created: seconds(ctx.at),
    };
    return buildRefund(store.world, refundIndex, source, ctx.rng);
  });
  if (created?.after) store.events.emit('refund.created', created.after, seconds(created.at));
}

function editCharge(charge: StripeCharge, rng: Rng, refunds: boolean): StripeCharge {
  if (refunds && refundable(charge) && rng.chance(0.5)) {
    const step = amountStep(charge.currency);
    const part = Math.max(step, Math.floor(((charge.amount - charge.amount_refunded) * rng.float(0.2, 0.6)) / step) * step);
    const amountRefunded = charge.amount_refunded + part;
    return { ...charge, amount_refunded: amountRefunded, refunded: amountRefunded === charge.amount };
  }
  const metadata = { ...charge.metadata, revision: String(rng.int(1, 9999)) };
  return { ...charge, description: `${fake.sentence(rng)} (updated)`, metadata };
}

function publish(store: Store, change: Change<StripeCharge>): void {
  const { before, after, index } = change;
  if (!before || !after) return;
  const at = seconds(change.at);
  if (after.amount_refunded !== before.amount_refunded) recordRefund(store, index, before, after, at);
  else store.events.emit('charge.updated', after, at, previousAttributes(before, after));
}

/**
 * Change `count` charges (never the deliberately malformed ones): about half
 * get a partial refund (`charge.refunded` + `refund.created`), the rest a new
 * description and metadata (`charge.updated`); with `refunds: false` every
 * change is an edit. Returns the charge ids.
 */
export function updateCharges(store: Store, count: number, options: { refunds?: boolean } = {}): string[] {
  const picked = store.charges.pick(count, (_, index) => !store.world.malformedCharges.has(index));
  // One charge at a time, so each charge's events (and refund) are stamped before the next charge changes.
  return picked.flatMap((index) => {
    const [change] = store.charges.update([index], (charge, { rng }) => editCharge(charge, rng, options.refunds ?? true));
    if (!change?.after) return [];
    publish(store, change);
    return [change.after.id];
  });
}

/** Add `count` new succeeded charges, newer than everything (`charge.succeeded`). Returns their ids. */
export function addCharges(store: Store, count: number): string[] {
  const { world, customers } = store;
  const changes = store.charges.append(count, (index, ctx) => {
    const customerIndex = customers.liveCount() > 0 && ctx.rng.chance(0.9) ? (customers.pick(1)[0] ?? null) : null;
    const customer = customerIndex === null ? undefined : customers.get(customerIndex);
    const currency = customer?.currency ?? 'usd';
    const amount = amountFor(ctx.rng, currency);
    const basics = { created: seconds(ctx.at), customerIndex, customer, currency, amount, status: 'succeeded' as const, amountRefunded: 0 };
    return buildCharge(world, index, basics, ctx.rng);
  });
  for (const change of changes) if (change.after) store.events.emit('charge.succeeded', change.after, seconds(change.at));
  return changes.map((c) => c.after?.id ?? '');
}
