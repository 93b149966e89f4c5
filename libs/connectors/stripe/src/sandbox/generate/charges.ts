import { fake, rngFor, type Rng } from '@tributary/sandbox';
import { lastIndexAtOrBefore, spreadAt } from '../timeline.js';
import type { ChargeStatus, StripeCharge, StripeCustomer, StripeOutcome } from '../types.js';
import type { World } from '../world.js';
import { amountFor } from './amounts.js';
import { baseRefundOfCharge, refundTerms } from './refunds.js';

/** The parts of a charge other objects depend on (refunds need its amount), drawn from their own stream. */
export interface ChargeBasics {
  created: number;
  customerIndex: number | null;
  /** The customer as it was when the charge was made (billing details are copied from it). */
  customer: StripeCustomer | undefined;
  currency: string;
  /** Integer minor units (yen for `jpy`, which has no minor unit). */
  amount: number;
  status: ChargeStatus;
  /** Refunded so far (from the generated refund, if any). */
  amountRefunded: number;
}

export type CustomerLookup = (index: number) => StripeCustomer | undefined;

/** About one guest charge in twenty-five is in Icelandic krónur. */
const ISK_SHARE = 0.04;

/** A guest's currency; a stream of its own decides ISK, so the other draws stay as they were. */
function guestCurrency(world: World, index: number, rng: Rng): string {
  const drawn = rng.weighted({ usd: 70, eur: 15, gbp: 8, jpy: 7 });
  return rngFor(world.seeds.charges, index, 'isk').chance(ISK_SHARE) ? 'isk' : drawn;
}

/**
 * Basics of generated charge `index`. A charge belongs to a customer created
 * before it (or to nobody: guest checkout); charges with a refund succeeded.
 */
export function chargeBasics(world: World, index: number, customerAt: CustomerLookup): ChargeBasics {
  const rng = rngFor(world.seeds.charges, index, 'basics');
  const created = spreadAt(world.timeline.charges, index);
  const newest = lastIndexAtOrBefore(world.timeline.customers, created);
  const guest = newest < 0 || rng.chance(0.1);
  const customerIndex = guest ? null : rng.int(0, newest);
  const customer = customerIndex === null ? undefined : customerAt(customerIndex);
  const currency = customer?.currency ?? guestCurrency(world, index, rng);
  const amount = amountFor(rng, currency);
  const refundIndex = baseRefundOfCharge(world, index);
  const rolled = rng.weighted({ succeeded: 92, failed: 5, pending: 3 });
  const status = refundIndex === undefined ? rolled : 'succeeded';
  const terms = refundIndex === undefined ? undefined : refundTerms(world, refundIndex, amount, currency);
  const amountRefunded = terms && terms.status !== 'failed' ? terms.amount : 0;
  return { created, customerIndex, customer, currency, amount, status, amountRefunded };
}

function outcome(status: ChargeStatus, rng: Rng): StripeOutcome {
  if (status === 'failed') {
    return {
      network_status: 'declined_by_network',
      reason: 'generic_decline',
      risk_level: 'normal',
      risk_score: rng.int(0, 60),
      seller_message: 'The bank did not return any further details with this decline.',
      type: 'issuer_declined',
    };
  }
  const elevated = rng.chance(0.05);
  return {
    network_status: 'approved_by_network',
    reason: elevated ? 'elevated_risk_level' : null,
    risk_level: elevated ? 'elevated' : 'normal',
    risk_score: elevated ? rng.int(66, 75) : rng.int(0, 64),
    seller_message: 'Payment complete.',
    type: 'authorized',
  };
}

function card(rng: Rng, country: string): StripeCharge['payment_method_details'] {
  const brand = rng.weighted({ visa: 55, mastercard: 30, amex: 10, discover: 5 });
  const last4 = String(rng.int(0, 9999)).padStart(4, '0');
  const funding = rng.chance(0.7) ? 'credit' : 'debit';
  return { type: 'card', card: { brand, country, exp_month: rng.int(1, 12), exp_year: rng.int(2026, 2032), funding, last4 } };
}

/**
 * A full charge from its basics (for one charge in twelve, a `py_` payment). Billing details come from the customer as
 * generated (later edits to the customer do not rewrite old charges, as in Stripe).
 *
 * @example
 * const basics = chargeBasics(world, 5, customerAt);
 * buildCharge(world, 5, basics, rngFor(world.seeds.charges, 5));
 */
export function buildCharge(world: World, index: number, basics: ChargeBasics, rng: Rng): StripeCharge {
  const charge = buildCardCharge(world, index, basics, rng);
  return world.isConnectPayment(index) ? asConnectPayment(world, index, charge) : charge;
}

function buildCardCharge(world: World, index: number, basics: ChargeBasics, rng: Rng): StripeCharge {
  const { customer } = basics;
  const guest = customer ? undefined : fake.person(rng);
  const address = fake.address(rng);
  const email = customer ? customer.email : (guest?.email ?? null);
  const { status, amount } = basics;
  const captured = status !== 'failed';
  return {
    id: world.ids.charge.encode(index),
    object: 'charge',
    amount,
    amount_captured: captured ? amount : 0,
    amount_refunded: basics.amountRefunded,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: status === 'failed' ? null : world.ids.balanceTransaction.encode(index),
    billing_details: { address, email, name: customer ? customer.name : (guest?.name ?? null), phone: customer?.phone ?? null },
    calculated_statement_descriptor: 'TRIBUTARY SANDBOX',
    captured,
    created: basics.created,
    currency: basics.currency,
    customer: customer?.id ?? null,
    description: rng.chance(0.7) ? fake.sentence(rng) : null,
    disputed: false,
    failure_code: status === 'failed' ? 'card_declined' : null,
    failure_message: status === 'failed' ? 'Your card was declined.' : null,
    fraud_details: {},
    invoice: null,
    livemode: false,
    metadata: rng.chance(0.6) ? { order_id: `ORD-${100000 + index}` } : {},
    outcome: outcome(status, rng),
    paid: status === 'succeeded',
    payment_intent: world.ids.paymentIntent.encode(index),
    payment_method: world.ids.paymentMethod.encode(index),
    payment_method_details: card(rng, address.country),
    receipt_email: rng.chance(0.8) ? email : null,
    receipt_number: null,
    receipt_url: status === 'failed' ? null : `https://pay.stripe.com/receipts/payment/sim_${index.toString(36)}`,
    refunded: basics.amountRefunded > 0 && basics.amountRefunded === amount,
    review: null,
    shipping: null,
    source: null,
    statement_descriptor: null,
    status,
    source_transfer: null,
    transfer_data: null,
    transfer_group: null,
  };
}

/**
 * The same charge as a payment a Connect account received from a platform's
 * destination charge: `py_` id, the platform's account as the payment method,
 * the transfer that funded it, and no customer, card or payment intent of
 * the connected account's own (https://docs.stripe.com/connect/destination-charges).
 */
export function asConnectPayment(world: World, index: number, charge: StripeCharge): StripeCharge {
  const none = { city: null, country: null, line1: null, line2: null, postal_code: null, state: null };
  return {
    ...charge,
    billing_details: { address: none, email: null, name: null, phone: null },
    calculated_statement_descriptor: null,
    customer: null,
    outcome: null,
    payment_intent: null,
    payment_method: null,
    payment_method_details: { type: 'stripe_account', stripe_account: {} },
    receipt_email: null,
    source_transfer: world.ids.transfer.encode(index),
  };
}
