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
