import type { ConformanceSimulator, ExpectedRecords } from '@tributary/conformance';
import { createStripeSimulator, type StripeSimulator } from '../sandbox/index.js';

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
/** Stripe's API amounts in ISO 4217 minor units, worked out here rather than with the connector's code: Stripe's ISK has two decimals, ISO's none. */
const isoMinor = (amount: number, currency: string) => (currency === 'isk' ? amount / 100 : amount);

/**
 * What Stripe holds, as canonical expectations, computed from the
 * simulator's objects without the connector's code.
 */
export function stripeExpected(sim: StripeSimulator): ExpectedRecords {
  const person = new Map<string, Record<string, unknown>>();
  for (const c of sim.data.customers())
    person.set(c.id, { email: c.email?.toLowerCase() ?? undefined, phone: c.phone ?? undefined, kind: 'customer' });
  const malformed = new Set(sim.data.malformedChargeIds());
  const charge = new Map<string, Record<string, unknown>>();
  for (const c of sim.data.charges()) {
    if (malformed.has(c.id)) continue;
    charge.set(c.id, {
      amount: isoMinor(c.amount, c.currency),
      currency: c.currency.toUpperCase(),
      status: c.status,
      amountRefunded: isoMinor(c.amount_refunded, c.currency),
      customerExternalId: c.customer ?? undefined,
      customerEmail: (c.billing_details.email ?? c.receipt_email)?.toLowerCase() ?? undefined,
      occurredAt: iso(c.created),
    });
  }
  const activity = new Map<string, Record<string, unknown>>();
  for (const r of sim.data.refunds()) activity.set(r.id, { type: 'refund', channel: 'payments', occurredAt: iso(r.created) });
  for (const s of sim.data.subscriptions()) {
    activity.set(s.id, { type: 'subscription', personExternalId: s.customer, occurredAt: iso(s.created) });
  }
  return { person, charge, activity };
}

function snapshot(sim: StripeSimulator): Map<string, string> {
  const all = new Map<string, string>();
  for (const list of [sim.data.customers(), sim.data.charges(), sim.data.refunds(), sim.data.subscriptions()]) {
    for (const o of list) all.set(o.id, JSON.stringify(o));
  }
  return all;
}

/** The Stripe simulator as the conformance suite drives it. */
export async function startStripeConformance({ seed, size }: { seed: number; size: number }): Promise<ConformanceSimulator> {
  const sim = createStripeSimulator({
    seed,
    customers: size,
    charges: size * 2,
    refunds: Math.floor(size / 4),
    subscriptions: Math.floor(size / 2),
  });
  const server = await sim.start();
  return {
    baseUrl: server.url,
    config: { apiKey: sim.apiKey },
    invalidConfig: { apiKey: 'sk_test_revoked0000000000' },
    faults: sim.faults,
    faultPath: /^\/v1\/(customers|charges|refunds|subscriptions|events)$/,
    expected: () => stripeExpected(sim),
    mutate(n) {
      const before = snapshot(sim);
      sim.mutate.updateCharges(n);
      sim.mutate.updateCustomers(Math.ceil(n / 5));
      sim.mutate.addCharges(3);
      sim.mutate.addCustomers(2);
      sim.mutate.deleteCustomers(2);
      const after = snapshot(sim);
      const created = [...after.keys()].filter((id) => !before.has(id)).length;
      const changed = [...after].filter(([id, json]) => before.has(id) && before.get(id) !== json).length;
      const deleted = [...before.keys()].filter((id) => !after.has(id)).length;
      return { created, updated: changed + deleted };
    },
    close: () => server.close(),
  };
}
