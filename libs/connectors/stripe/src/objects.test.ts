import { applyMappings, compileMappings, eventsToRecords, mergeMappings } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { STRIPE_MAPPINGS } from './mappings.js';
import { createStripeSimulator } from './sandbox/index.js';
import { STREAMS } from './streams/index.js';

const mappings = compileMappings(mergeMappings(STRIPE_MAPPINGS));

/** Stripe objects as an event feed delivers them -> canonical rows, and what was rejected. */
function canonical(objects: readonly { object: string }[]) {
  const { records, rejected } = eventsToRecords(
    STREAMS,
    objects.map((raw) => ({ object: raw.object, raw })),
    'Stripe',
  );
  return { rows: records.map((r) => ({ stream: r.stream, ...applyMappings(mappings, r) })), rejected };
}

describe('Stripe objects are told apart by `object`, never by their id prefix', () => {
  const sim = createStripeSimulator({ seed: 4, customers: 20, charges: 240, refunds: 60, now: () => new Date('2026-06-01T00:00:00Z') });

  it('maps payments a Connect account received (py_) as charges and their refunds (pyr_) as refunds', () => {
    const payments = [...sim.data.charges()].filter((c) => c.id.startsWith('py_'));
    const refunds = [...sim.data.refunds()].filter((r) => r.id.startsWith('pyr_'));
    expect(payments.length).toBeGreaterThan(5);
    expect(refunds.length).toBeGreaterThan(0);
    const { rows, rejected } = canonical([...payments, ...refunds]);
    expect(rejected).toEqual([]);
    expect(rows.filter((r) => r.stream === 'charges').map((r) => r['externalId'])).toEqual(payments.map((p) => p.id));
    expect(rows.filter((r) => r.stream === 'refunds').map((r) => r['externalId'])).toEqual(refunds.map((r) => r.id));
    const [payment] = payments;
    expect(rows[0]).toMatchObject({ externalId: payment?.id, amount: payment?.amount });
    expect(rows[0]?.['customerExternalId']).toBeUndefined();
  });

  it('routes an object by its `object` field whatever its id looks like', () => {
    const [charge] = sim.data.charges();
    const { rows } = canonical([{ ...charge, id: 'ch_looks_like_a_charge', object: 'refund' }]);
    expect(rows.map((r) => r.stream)).not.toContain('charges');
  });
});

describe('money in ISO 4217 minor units', () => {
  const sim = createStripeSimulator({ seed: 8, customers: 10, charges: 2_000, refunds: 400, now: () => new Date('2026-06-01T00:00:00Z') });

  it('converts Stripe ISK amounts (100 = 1 krona) to whole kronur, and leaves two- and zero-decimal currencies alone', () => {
    const charges = [...sim.data.charges()];
    const isk = charges.filter((c) => c.currency === 'isk' && c.amount_refunded > 0);
    expect(isk.length).toBeGreaterThan(0);
    const others = charges.filter((c) => c.currency === 'usd' || c.currency === 'jpy').slice(0, 20);
    const { rows } = canonical([...isk, ...others]);
    expect(rows.map((r) => [r['currency'], r['amount'], r['amountRefunded']])).toEqual([
      ...isk.map((c) => ['ISK', c.amount / 100, c.amount_refunded / 100]),
      ...others.map((c) => [c.currency.toUpperCase(), c.amount, c.amount_refunded]),
    ]);
  });

  it('converts refunds and subscription amounts too, and MGA (zero-decimal at Stripe, two decimals in ISO 4217)', () => {
    const refund = [...sim.data.refunds()].find((r) => r.currency === 'isk');
    const mga = { ...[...sim.data.charges()][0], currency: 'mga', amount: 5_000, amount_refunded: 0 };
    const [subscription] = [...createStripeSimulator({ customers: 5, charges: 1, subscriptions: 1 }).data.subscriptions()];
    const item = subscription?.items.data[0];
    const inKronur = subscription &&
      item && {
        ...subscription,
        items: { ...subscription.items, data: [{ ...item, price: { ...item.price, currency: 'isk', unit_amount: 990_000 } }] },
      };
    const { rows } = canonical([refund, mga, inKronur].filter((o) => o !== undefined));
    expect(rows[0]?.['properties']).toMatchObject({ amount: (refund?.amount ?? 0) / 100, currency: 'ISK' });
    expect(rows[1]).toMatchObject({ currency: 'MGA', amount: 500_000 });
    expect(rows[2]?.['properties']).toMatchObject({ amount: 9_900 * (item?.quantity ?? 0), currency: 'ISK' });
  });
});
