import { describe, expect, it } from 'vitest';
import { createStripeSimulator } from './simulator.js';
import type { StripeCharge, StripeCustomer, StripeList, StripeRefund, StripeSubscription } from './types.js';

const NOW = new Date('2025-06-01T00:00:00Z');

function simulator(seed = 5) {
  const stripe = createStripeSimulator({
    seed,
    customers: 60,
    charges: 400,
    refunds: 40,
    subscriptions: 80,
    now: () => NOW,
    malformedCharges: [10, 11],
  });
  const get = async <T>(path: string): Promise<{ status: number; body: T }> => {
    const res = await stripe.app.request(path, { headers: { Authorization: `Bearer ${stripe.apiKey}` } });
    return { status: res.status, body: (await res.json()) as T };
  };
  const list = <T>(path: string) => get<StripeList<T>>(path).then((r) => r.body);
  return { stripe, get, list };
}

describe('generated data', () => {
  it('is a pure function of the seed and the clock', async () => {
    const a = simulator(5);
    const b = simulator(5);
    const c = simulator(6);
    const page = (s: ReturnType<typeof simulator>) => s.list<StripeCharge>('/v1/charges?limit=50');
    expect(await page(a)).toEqual(await page(b));
    expect((await page(a)).data.map((x) => x.id)).not.toEqual((await page(c)).data.map((x) => x.id));
  });

  it('has realistic Stripe shapes: minor units, lowercase currencies, unix seconds, newest history before now', () => {
    const { stripe } = simulator();
    const anchor = NOW.getTime() / 1000;
    for (const charge of stripe.data.charges()) {
      expect(Number.isInteger(charge.amount)).toBe(true);
      expect(charge.currency).toMatch(/^(usd|eur|gbp|jpy|isk)$/);
      // Stripe's ISK amounts are two-decimal but must be whole kronur.
      if (charge.currency === 'isk') expect([charge.amount % 100, charge.amount_refunded % 100]).toEqual([0, 0]);
      expect(charge.id).toMatch(/^(ch|py)_[0-9A-Za-z]{24}$/);
      expect(charge.created).toBeLessThan(anchor);
      expect(charge.livemode).toBe(false);
      expect(charge.paid).toBe(charge.status === 'succeeded');
      expect(charge.amount_refunded).toBeLessThanOrEqual(charge.amount);
    }
    for (const customer of stripe.data.customers()) {
      expect(customer.id).toMatch(/^cus_[0-9A-Za-z]{14}$/);
      expect(customer.address).toBeNull();
    }
  });

  it('seeds payments a Connect account received (py_, refunds pyr_), still object "charge" and "refund"', async () => {
    const { stripe, get } = simulator();
    const payments = [...stripe.data.charges()].filter((c) => c.id.startsWith('py_'));
    expect(payments.length).toBeGreaterThan(10);
    for (const payment of payments) {
      expect(payment).toMatchObject({
        object: 'charge',
        customer: null,
        payment_intent: null,
        source_transfer: expect.stringMatching(/^tr_/),
      });
      expect(payment.payment_method_details.type).toBe('stripe_account');
    }
    const [payment] = payments;
    expect((await get<StripeCharge>(`/v1/charges/${payment?.id}`)).body).toEqual(payment);
    expect((await get(`/v1/charges/${payment?.id.replace('py_', 'ch_')}`)).status).toBe(404);
    const refunds = [...stripe.data.refunds()].filter((r) => String(r.charge).startsWith('py_'));
    expect(refunds.length).toBeGreaterThan(0);
    for (const refund of refunds) expect(refund).toMatchObject({ object: 'refund', id: expect.stringMatching(/^pyr_/) });
    const refund = refunds[0];
    expect((await get<StripeRefund>(`/v1/refunds/${refund?.id}`)).body).toEqual(refund);
  });

  it('charges some guests in Icelandic krónur', () => {
    const { stripe } = simulator();
    expect([...stripe.data.charges()].filter((c) => c.currency === 'isk').length).toBeGreaterThan(0);
  });

  it('keeps charges and refunds consistent', () => {
    const { stripe } = simulator();
    const refunds = [...stripe.data.refunds()];
    expect(refunds).toHaveLength(40);
    for (const refund of refunds) {
      const charge = stripe.data.chargeById(String(refund.charge));
      expect(charge?.status).toBe('succeeded');
      expect(charge?.currency).toBe(refund.currency);
      expect(refund.created).toBeGreaterThan(charge?.created ?? Infinity);
      expect(charge?.amount_refunded).toBe(refund.status === 'failed' ? 0 : refund.amount);
    }
    const refundedCharges = [...stripe.data.charges()].filter((c) => c.amount_refunded > 0);
    expect(refundedCharges.length).toBeLessThanOrEqual(40);
  });
});

describe('endpoints', () => {
  it('hides canceled subscriptions unless status=all or status=canceled', async () => {
    const { stripe, list } = simulator();
    const all = [...stripe.data.subscriptions()];
    const canceled = all.filter((s) => s.status === 'canceled');
    expect(canceled.length).toBeGreaterThan(0);
    const byDefault = await list<StripeSubscription>('/v1/subscriptions?limit=100');
    expect(byDefault.data).toHaveLength(all.length - canceled.length);
    expect(byDefault.data.some((s) => s.status === 'canceled')).toBe(false);
    expect((await list<StripeSubscription>('/v1/subscriptions?status=all&limit=100')).data).toHaveLength(all.length);
    const onlyCanceled = await list<StripeSubscription>('/v1/subscriptions?status=canceled&limit=100');
    expect(onlyCanceled.data.map((s) => s.id).sort()).toEqual(canceled.map((s) => s.id).sort());
    for (const s of onlyCanceled.data) expect(s.canceled_at).toBeGreaterThanOrEqual(s.created);
  });

  it('rejects an unknown subscription status', async () => {
    const { get } = simulator();
    const res = await get<{ error: { param: string } }>('/v1/subscriptions?status=gone');
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('status');
  });

  it('expands customers on charges (list and retrieve) and charges on refunds', async () => {
    const { stripe, list, get } = simulator();
    const page = await list<StripeCharge>('/v1/charges?limit=20&expand[]=data.customer');
    const owned = page.data.filter((c) => c.customer !== null);
    expect(owned.length).toBeGreaterThan(0);
    for (const charge of owned) expect(charge.customer).toMatchObject({ object: 'customer', id: expect.stringMatching(/^cus_/) });
    const id = owned[0]?.id ?? '';
    const plain = await get<StripeCharge>(`/v1/charges/${id}`);
    expect(typeof plain.body.customer).toBe('string');
    const expanded = await get<StripeCharge>(`/v1/charges/${id}?expand[]=customer`);
    expect(expanded.body.customer).toEqual(stripe.data.customerById(String(plain.body.customer)));
    const refunds = await list<StripeRefund>('/v1/refunds?expand[]=data.charge&limit=3');
    for (const refund of refunds.data) expect(refund.charge).toMatchObject({ object: 'charge' });
  });

  it('filters charges by customer and customers by email', async () => {
    const { stripe, list } = simulator();
    const owner = [...stripe.data.charges()].find((c) => c.customer !== null)?.customer;
    const charges = await list<StripeCharge>(`/v1/charges?customer=${String(owner)}&limit=100`);
    const expected = [...stripe.data.charges()].filter((c) => c.customer === owner);
    expect(charges.data.map((c) => c.id)).toEqual(expected.reverse().map((c) => c.id));
    const someone = [...stripe.data.customers()].find((c) => c.email !== null);
    const found = await list<StripeCustomer>(`/v1/customers?email=${encodeURIComponent(someone?.email ?? '')}`);
    expect(found.data.map((c) => c.id)).toContain(someone?.id);
    expect(found.data.every((c) => c.email === someone?.email)).toBe(true);
  });

  it('retrieves a customer, and 404s an unknown one with resource_missing', async () => {
    const { stripe, get } = simulator();
    const id = stripe.data.ids.customer(7);
    expect((await get<StripeCustomer>(`/v1/customers/${id}`)).body).toEqual(stripe.data.customer(7));
    const missing = await get<{ error: { code: string; param: string; message: string } }>('/v1/customers/cus_nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'resource_missing', param: 'id', message: "No such customer: 'cus_nope'" });
  });

  it('serves the configured malformed charges broken, the rest intact', async () => {
    const { stripe, get } = simulator();
    const even = await get<Record<string, unknown>>(`/v1/charges/${stripe.data.ids.charge(10)}`);
    expect(even.body.amount).toBe('abc');
    const odd = await get<Record<string, unknown>>(`/v1/charges/${stripe.data.ids.charge(11)}`);
    expect(odd.body).not.toHaveProperty('currency');
    const fine = await get<Record<string, unknown>>(`/v1/charges/${stripe.data.ids.charge(12)}`);
    expect(typeof fine.body.amount).toBe('number');
    expect(stripe.data.malformedChargeIds()).toEqual([10, 11].map((i) => stripe.data.ids.charge(i)));
  });
});
