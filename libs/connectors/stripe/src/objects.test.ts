import { applyMappings, compileMappings, eventsToRecords, mergeMappings } from '@tributary/core';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { STRIPE_MAPPINGS } from './mappings.js';
import { createStripeSimulator } from './sandbox/index.js';
import { STREAMS } from './streams/index.js';

const mappings = compileMappings(mergeMappings(STRIPE_MAPPINGS));

const Tagged = z.looseObject({ object: z.string() });

/** Stripe objects as an event feed delivers them -> canonical rows, and what was rejected. */
function canonical(objects: readonly unknown[]) {
  const { records, rejected } = eventsToRecords(
    STREAMS,
    objects.map((raw) => ({ object: Tagged.parse(raw).object, raw })),
    'Stripe',
  );
  const rows: Record<string, unknown>[] = records.map((r) => ({
    stream: r.stream,
    deleted: r.deleted === true,
    ...applyMappings(mappings, r),
  }));
  return { rows, rejected };
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

/** Stripe's own OpenAPI fixtures of two API versions, either side of 2025-03-31.basil (src/fixtures/openapi-objects.json). */
const StripeObject = z.looseObject({ object: z.string(), id: z.string() });
const OPENAPI = z
  .record(z.string(), z.union([z.string(), z.record(z.string(), StripeObject)]))
  .parse(JSON.parse(readFileSync(new URL('./fixtures/openapi-objects.json', import.meta.url), 'utf8')));
const versions = Object.entries(OPENAPI).flatMap(([version, objects]) => (typeof objects === 'string' ? [] : [{ version, objects }]));

describe("Stripe's OpenAPI fixtures", () => {
  it('cover both sides of 2025-03-31.basil: the period on the subscription, then on its items', () => {
    expect(versions.map((v) => v.version)).toEqual(['2024-09-30.acacia', '2026-08-26.dahlia']);
    const [acacia, dahlia] = versions.map((v) => v.objects['subscription']);
    expect(acacia?.['current_period_end']).toEqual(expect.any(Number));
    expect(dahlia).not.toHaveProperty('current_period_end');
    expect(dahlia?.['items']).toMatchObject({ data: [{ current_period_end: expect.any(Number) }] });
  });

  it.each(versions)('$version: every object parses and maps, the subscription with its period end', ({ objects }) => {
    const { rows, rejected } = canonical(Object.values(objects));
    expect(rejected).toEqual([]);
    expect(rows.map((r) => r.stream).sort()).toEqual(['charges', 'customers', 'customers', 'refunds', 'subscriptions']);
    const subscription = objects['subscription'];
    const items = z.object({ data: z.array(z.looseObject({ current_period_end: z.number().optional() })) }).parse(subscription?.['items']);
    const periodEnd = subscription?.['current_period_end'] ?? items.data[0]?.current_period_end;
    expect(rows.find((r) => r.stream === 'subscriptions')?.['properties']).toMatchObject({ currentPeriodEnd: periodEnd });
    expect(rows.find((r) => r.stream === 'customers' && r['deleted'])).toBeDefined();
  });
});
