import { fake, type Rng } from '@tributary/sandbox';
import { spreadAt } from '../timeline.js';
import type { StripeCustomer, StripeDeletedCustomer } from '../types.js';
import type { World } from '../world.js';

const SEGMENTS = ['smb', 'mid_market', 'enterprise'] as const;

/** Stripe's invoice prefix: 8 upper-case alphanumerics, stable per customer. */
function invoicePrefix(id: string): string {
  return id
    .slice(-8)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, 'X');
}

/** Fields of a customer that come from its identity, shared with newly added customers. */
export function customerFields(world: World, index: number, rng: Rng, created: number): StripeCustomer {
  const id = world.ids.customer.encode(index);
  const person = fake.person(rng);
  return {
    id,
    object: 'customer',
    address: null,
    balance: 0,
    created,
    currency: rng.weighted({ usd: 70, eur: 15, gbp: 8, none: 7 }) === 'none' ? null : rng.weighted({ usd: 75, eur: 17, gbp: 8 }),
    default_source: null,
    delinquent: rng.chance(0.04),
    description: rng.chance(0.5) ? person.company : null,
    discount: null,
    // Some customers have no email: Stripe does not require one.
    email: rng.chance(0.97) ? person.email : null,
    invoice_prefix: invoicePrefix(id),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: { segment: rng.pick(SEGMENTS) },
    name: person.name,
    next_invoice_sequence: 1,
    phone: rng.chance(0.6) ? person.phone : null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: 'none',
    test_clock: null,
  };
}

/**
 * Generated customer `index` (created oldest first over the last two years).
 *
 * @example
 * generateCustomer(world, 0, rngFor(world.seeds.customers, 0)).id; // 'cus_...'
 */
export function generateCustomer(world: World, index: number, rng: Rng): StripeCustomer {
  return customerFields(world, index, rng, spreadAt(world.timeline.customers, index));
}

/** The stub Stripe returns for a deleted customer. */
export function deletedCustomer(id: string): StripeDeletedCustomer {
  return { id, object: 'customer', deleted: true };
}
