import { rngFor, type Rng } from '@tributary/sandbox';
import { HOUR } from '../timeline.js';
import type { StripeRefund } from '../types.js';
import type { World } from '../world.js';
import { amountStep } from './amounts.js';

/**
 * Generated refunds map onto charges by index arithmetic: refund `j` refunds
 * charge `floor(j * C / R)`. The map is increasing, so refunds are as
 * time-ordered as charges, and both directions are O(1).
 */
export function chargeOfBaseRefund(world: World, refundIndex: number): number {
  const { charges, refunds } = world.sizes;
  return Math.floor((refundIndex * charges) / refunds);
}

/** The generated refund of a charge, if it has one. */
export function baseRefundOfCharge(world: World, chargeIndex: number): number | undefined {
  const { charges, refunds } = world.sizes;
  if (refunds === 0 || chargeIndex >= charges) return undefined;
  const j = Math.ceil((chargeIndex * refunds) / charges);
  return j < refunds && chargeOfBaseRefund(world, j) === chargeIndex ? j : undefined;
}

export interface RefundTerms {
  amount: number;
  status: StripeRefund['status'];
  reason: StripeRefund['reason'];
}

/** Amount, status and reason of generated refund `j` of a charge of `chargeAmount` (a partial one in whole steps of the currency). */
export function refundTerms(world: World, refundIndex: number, chargeAmount: number, currency: string): RefundTerms {
  const rng = rngFor(world.seeds.refunds, refundIndex, 'terms');
  const full = rng.chance(0.6);
  const step = amountStep(currency);
  const amount = full ? chargeAmount : Math.max(step, Math.floor((chargeAmount * rng.float(0.1, 0.9)) / step) * step);
  const status = rng.chance(0.03) ? 'failed' : 'succeeded';
  const reason = rng.weighted({ requested_by_customer: 6, duplicate: 2, fraudulent: 1, none: 1 });
  return { amount, status, reason: reason === 'none' ? null : reason };
}

/** Refund balance transactions are numbered after every charge's, so the two never collide. */
const REFUND_TXN_OFFSET = 1_000_000_000;

export interface RefundSource {
  chargeIndex: number;
  chargeCreated: number;
  currency: string;
  amount: number;
  status: StripeRefund['status'];
  reason: StripeRefund['reason'];
  created: number;
}

/**
 * A refund object.
 *
 * @example
 * buildRefund(world, 3, { chargeIndex: 60, amount: 500, currency: 'usd', status: 'succeeded', reason: null, created, chargeCreated });
 */
export function buildRefund(world: World, index: number, source: RefundSource, rng: Rng): StripeRefund {
  return {
    id: world.ids.refund.encode(index),
    object: 'refund',
    amount: source.amount,
    balance_transaction: source.status === 'failed' ? null : world.ids.balanceTransaction.encode(REFUND_TXN_OFFSET + index),
    charge: world.ids.charge.encode(source.chargeIndex),
    created: source.created,
    currency: source.currency,
    metadata: rng.chance(0.3) ? { ticket: `T-${rng.int(1000, 9999)}` } : {},
    // A `py_` payment has no payment intent on the connected account.
    payment_intent: world.isConnectPayment(source.chargeIndex) ? null : world.ids.paymentIntent.encode(source.chargeIndex),
    reason: source.reason,
    receipt_number: null,
    status: source.status,
  };
}

/** Generated refunds are created an hour after their charge. */
export const REFUND_DELAY = HOUR;
