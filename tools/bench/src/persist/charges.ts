import type { Charge } from '@tributary/core';
import { createRng, seedFor, type Rng } from './rng.js';

/** A trimmed `GET /v1/charges` item (about 750 bytes of JSON): what a sync stores in `raw`. */
export type StripeLikeCharge = {
  id: string;
  object: 'charge';
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  billing_details: {
    address: { city: string; country: string; line1: string; postal_code: string; state: string | null };
    email: string | null;
    name: string | null;
    phone: string | null;
  };
  created: number;
  currency: string;
  customer: string | null;
  description: string | null;
  metadata: Record<string, string>;
  paid: boolean;
  payment_intent: string;
  payment_method_details: {
    card: { brand: string; country: string; exp_month: number; exp_year: number; funding: string; last4: string };
    type: 'card';
  };
  receipt_email: string | null;
  refunded: boolean;
  status: string;
};

/** What the pipeline hands `bulkUpsert`: the canonical charge and the vendor row. */
export interface ChargeRow {
  record: Charge;
  raw: StripeLikeCharge;
}

const FIRST = ['Ada', 'Chen', 'Maria', 'Olu', 'Priya', 'Lars', 'Sofia', 'Kenji', 'Amara', 'Diego', 'Noor', 'Elena'];
const LAST = ['Garcia', 'Okafor', 'Lindqvist', 'Tanaka', 'Rossi', 'Novak', 'Haddad', 'Kowalski', 'Silva', 'Moreau'];
const DOMAINS = ['nimbusworks.example', 'acme.example', 'globex.example', 'initech.example', 'umbrella.example'];
const PLACES = [
  { city: 'Austin', state: 'TX', postal_code: '73301', country: 'US' },
  { city: 'Berlin', state: null, postal_code: '10115', country: 'DE' },
  { city: 'London', state: null, postal_code: 'EC1A 1BB', country: 'GB' },
  { city: 'Osaka', state: null, postal_code: '530-0001', country: 'JP' },
];
const PRODUCTS = ['Pro plan', 'Team seats', 'Annual license', 'Onboarding package', 'Usage overage', 'Support add-on'];
const CURRENCY_BY_COUNTRY: Record<string, string> = { US: 'usd', DE: 'eur', GB: 'gbp', JP: 'jpy' };
const START = Date.UTC(2026, 0, 1) / 1000;

const customerId = (i: number) => `cus_${createRng(seedFor(11, i)).chars(14)}`;

function person(rng: Rng) {
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  return { name: `${first} ${last}`, email: `${first}.${last}${rng.int(1, 99)}@${rng.pick(DOMAINS)}`.toLowerCase() };
}

/**
 * Stripe charge `index` of a deterministic history: about 2,000 customers
 * (a tenth of charges are guest checkouts), four currencies, 92% succeeded,
 * one charge every five minutes from 2026-01-01.
 */
export function stripeLikeCharge(index: number, customers = 2_000): StripeLikeCharge {
  const rng = createRng(seedFor(7, index));
  const customerIndex = rng.chance(0.1) ? null : rng.int(0, customers - 1);
  const who = person(customerIndex === null ? rng : createRng(seedFor(13, customerIndex)));
  const place = rng.pick(PLACES);
  const currency = CURRENCY_BY_COUNTRY[place.country] ?? 'usd';
  const amount = currency === 'jpy' ? rng.int(3, 2000) * 100 : rng.int(5, 2500) * 100 + rng.pick([0, 0, 50, 99]);
  const status = rng.pick(['succeeded', 'succeeded', 'succeeded', 'succeeded', 'succeeded', 'failed', 'pending'] as const);
  const refunded = status === 'succeeded' && rng.chance(0.05) ? (rng.chance(0.5) ? amount : Math.floor(amount / 2)) : 0;
  const suffix = rng.chars(16);
  return {
    id: `ch_3${index.toString(36).padStart(7, '0')}${suffix}`,
    object: 'charge',
    amount,
    amount_captured: status === 'failed' ? 0 : amount,
    amount_refunded: refunded,
    billing_details: { address: { ...place, line1: `${rng.int(1, 999)} High St` }, email: who.email, name: who.name, phone: null },
    created: START + index * 300,
    currency,
    customer: customerIndex === null ? null : customerId(customerIndex),
    description: rng.chance(0.7) ? `${rng.pick(PRODUCTS)} (order ${100_000 + index})` : null,
    metadata: rng.chance(0.6) ? { order_id: `ORD-${100_000 + index}` } : {},
    paid: status === 'succeeded',
    payment_intent: `pi_3${suffix}${rng.chars(8)}`,
    payment_method_details: {
      card: {
        brand: rng.pick(['visa', 'mastercard', 'amex']),
        country: place.country,
        exp_month: rng.int(1, 12),
        exp_year: rng.int(2027, 2032),
        funding: 'credit',
        last4: String(rng.int(0, 9999)).padStart(4, '0'),
      },
      type: 'card',
    },
    receipt_email: rng.chance(0.8) ? who.email : null,
    refunded: refunded > 0 && refunded === amount,
    status,
  };
}

/** The canonical charge, as the Stripe connector's default mappings produce it. */
export function toCanonical(raw: StripeLikeCharge): Charge {
  const email = raw.billing_details.email ?? raw.receipt_email;
  return {
    externalId: raw.id,
    amount: raw.amount,
    currency: raw.currency.toUpperCase(),
    status: raw.status,
    amountRefunded: raw.amount_refunded,
    customerEmail: email ? email.toLowerCase() : undefined,
    customerExternalId: raw.customer ?? undefined,
    description: raw.description ?? undefined,
    occurredAt: new Date(raw.created * 1000),
  };
}

/**
 * `count` rows, built the same way on every run.
 *
 * @example
 * generateCharges(3).map((r) => r.record.externalId); // ['ch_30000000...', ...]
 */
export function generateCharges(count: number): ChargeRow[] {
  const rows = new Array<ChargeRow>(count);
  for (let i = 0; i < count; i++) {
    const raw = stripeLikeCharge(i);
    rows[i] = { record: toCanonical(raw), raw };
  }
  return rows;
}

/** Average UTF-8 size of `JSON.stringify` of whole rows, of records and of raw rows. */
export function averageSizes(rows: readonly ChargeRow[]): { row: number; record: number; raw: number } {
  let row = 0;
  let record = 0;
  let raw = 0;
  for (const r of rows) {
    row += Buffer.byteLength(JSON.stringify(r));
    record += Buffer.byteLength(JSON.stringify(r.record));
    raw += Buffer.byteLength(JSON.stringify(r.raw));
  }
  const n = Math.max(rows.length, 1);
  return { row: row / n, record: record / n, raw: raw / n };
}
