/**
 * Stripe objects as the simulator keeps them: every field of every API
 * version it renders (render.ts drops what a version does not have).
 * Deliberately independent of the connector's own zod schemas in src/api.ts:
 * the simulator describes what Stripe sends, so the connector's parsing is
 * tested against something it did not write itself.
 * https://docs.stripe.com/api/charges/object (and customers, refunds, subscriptions, events)
 */

export type Metadata = Record<string, string>;

export interface StripeAddress {
  city: string | null;
  country: string | null;
  line1: string | null;
  line2: string | null;
  postal_code: string | null;
  state: string | null;
}

export interface StripeCustomer {
  id: string;
  object: 'customer';
  address: StripeAddress | null;
  balance: number;
  created: number;
  currency: string | null;
  default_source: null;
  delinquent: boolean;
  description: string | null;
  discount: null;
  email: string | null;
  invoice_prefix: string;
  invoice_settings: { custom_fields: null; default_payment_method: null; footer: null; rendering_options: null };
  livemode: false;
  metadata: Metadata;
  name: string | null;
  next_invoice_sequence: number;
  phone: string | null;
  preferred_locales: string[];
  shipping: null;
  tax_exempt: 'none' | 'exempt' | 'reverse';
  test_clock: null;
}

/** What `GET /v1/customers/:id` returns for a deleted customer. */
export interface StripeDeletedCustomer {
  id: string;
  object: 'customer';
  deleted: true;
}

export type ChargeStatus = 'succeeded' | 'pending' | 'failed';

export interface StripeOutcome {
  network_status: 'approved_by_network' | 'declined_by_network';
  reason: string | null;
  risk_level: 'normal' | 'elevated';
  risk_score: number;
  seller_message: string;
  type: 'authorized' | 'issuer_declined';
}

/** A card payment, or (a `py_` payment on a Connect account) the platform's account as the source. */
export type StripePaymentMethodDetails =
  | {
      type: 'card';
      card: { brand: string; country: string; exp_month: number; exp_year: number; funding: 'credit' | 'debit'; last4: string };
    }
  | { type: 'stripe_account'; stripe_account: Record<string, never> };

/** A charge (`ch_`), or a payment a Connect account received from a destination charge (`py_`): both `object: "charge"`. */
export interface StripeCharge {
  id: string;
  object: 'charge';
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  application: null;
  application_fee: null;
  application_fee_amount: null;
  balance_transaction: string | null;
  billing_details: { address: StripeAddress; email: string | null; name: string | null; phone: string | null };
  calculated_statement_descriptor: string | null;
  captured: boolean;
  created: number;
  currency: string;
  /** A customer id, or the expanded customer with `expand[]=data.customer`. */
  customer: string | StripeCustomer | StripeDeletedCustomer | null;
  description: string | null;
  disputed: boolean;
  failure_code: string | null;
  failure_message: string | null;
  fraud_details: Record<string, never>;
  /** Before 2025-03-31.basil only. */
  invoice?: null;
  livemode: false;
  metadata: Metadata;
  outcome: StripeOutcome | null;
  paid: boolean;
  payment_intent: string | null;
  payment_method: string | null;
  payment_method_details: StripePaymentMethodDetails;
  receipt_email: string | null;
  receipt_number: null;
  receipt_url: string | null;
  refunded: boolean;
  review: null;
  shipping: null;
  source: null;
  /** The platform's transfer that funded a `py_` payment. */
  source_transfer: string | null;
  statement_descriptor: null;
  status: ChargeStatus;
  transfer_data: null;
  transfer_group: null;
}

/** A refund (`re_`), or the refund of a `py_` payment (`pyr_`). */
export interface StripeRefund {
  id: string;
  object: 'refund';
  amount: number;
  balance_transaction: string | null;
  /** A charge id, or the expanded charge with `expand[]=data.charge`. */
  charge: string | StripeCharge;
  created: number;
  currency: string;
  metadata: Metadata;
  payment_intent: string | null;
  reason: 'duplicate' | 'fraudulent' | 'requested_by_customer' | null;
  receipt_number: null;
  status: 'succeeded' | 'pending' | 'failed';
}

export type SubscriptionStatus = 'active' | 'trialing' | 'past_due' | 'unpaid' | 'canceled';

export interface StripePrice {
  id: string;
  object: 'price';
  active: boolean;
  currency: string;
  nickname: string;
  product: string;
  recurring: { interval: 'month' | 'year'; interval_count: number; usage_type: 'licensed' };
  type: 'recurring';
  unit_amount: number;
}

export interface StripeSubscriptionItem {
  id: string;
  object: 'subscription_item';
  created: number;
  /** The item's billing period: on each item from 2025-03-31.basil on. */
  current_period_end?: number;
  current_period_start?: number;
  metadata: Metadata;
  price: StripePrice;
  quantity: number;
  subscription: string;
}

export interface StripeSubscription {
  id: string;
  object: 'subscription';
  billing_cycle_anchor: number;
  cancel_at: null;
  cancel_at_period_end: boolean;
  canceled_at: number | null;
  collection_method: 'charge_automatically';
  created: number;
  currency: string;
  /** The subscription's billing period: before 2025-03-31.basil only. */
  current_period_end?: number;
  current_period_start?: number;
  customer: string | StripeCustomer | StripeDeletedCustomer;
  ended_at: number | null;
  items: { object: 'list'; data: StripeSubscriptionItem[]; has_more: false; total_count: number; url: string };
  latest_invoice: null;
  livemode: false;
  metadata: Metadata;
  start_date: number;
  status: SubscriptionStatus;
  trial_end: number | null;
  trial_start: number | null;
}

export type StripeObject = StripeCustomer | StripeCharge | StripeRefund | StripeSubscription;

export interface StripeEvent {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  data: { object: StripeObject; previous_attributes?: Record<string, unknown> };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
}

export interface StripeList<T> {
  object: 'list';
  url: string;
  has_more: boolean;
  data: T[];
}
