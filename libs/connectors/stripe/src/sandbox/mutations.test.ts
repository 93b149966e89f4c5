import type { RunningServer } from '@tributary/sandbox';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStripeSimulator, type StripeSimulator } from './simulator.js';
import type { StripeCharge, StripeCustomer, StripeEvent, StripeList } from './types.js';

const DAY_MS = 86_400_000;

describe('vendor-side mutations and /v1/events (real HTTP)', () => {
  let clock: number;
  let stripe: StripeSimulator;
  let server: RunningServer;
  beforeEach(async () => {
    clock = Date.parse('2025-06-01T00:00:00Z');
    stripe = createStripeSimulator({ seed: 21, customers: 30, charges: 200, subscriptions: 40, now: () => new Date(clock) });
    server = await stripe.start();
  });
  afterEach(() => server.close());

  async function get<T>(path: string): Promise<{ status: number; body: T }> {
    const res = await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${stripe.apiKey}` } });
    return { status: res.status, body: (await res.json()) as T };
  }
  const events = (query = '') => get<StripeList<StripeEvent>>(`/v1/events?limit=100${query}`).then((r) => r.body);

  it('updateCharges emits charge.updated or charge.refunded (+ refund.created) with the full object', async () => {
    const ids = stripe.mutate.updateCharges(8);
    expect(ids).toHaveLength(8);
    const list = await events('&type=charge.*');
    expect(new Set(list.data.map((e) => e.data.object.id))).toEqual(new Set(ids));
    for (const event of list.data) {
      expect(['charge.updated', 'charge.refunded']).toContain(event.type);
      expect(event.data.object).toEqual(stripe.data.chargeById(event.data.object.id));
      expect(event).toMatchObject({
        object: 'event',
        livemode: false,
        api_version: '2024-06-20',
        request: { id: expect.stringMatching(/^req_/) },
      });
      const key = event.type === 'charge.refunded' ? 'amount_refunded' : 'description';
      expect(event.data.previous_attributes).toHaveProperty(key);
    }
    const refunds = list.data.filter((e) => e.type === 'charge.refunded').length;
    expect((await events('&type=refund.created')).data).toHaveLength(refunds);
  });

  it('updateCustomers and addCustomers emit customer.updated and customer.created', async () => {
    const updated = stripe.mutate.updateCustomers(3);
    const added = stripe.mutate.addCustomers(2);
    const list = await events('&type=customer.*');
    expect(list.data.map((e) => e.type)).toEqual([
      'customer.created',
      'customer.created',
      'customer.updated',
      'customer.updated',
      'customer.updated',
    ]);
    expect(list.data.slice(0, 2).map((e) => e.data.object.id)).toEqual([...added].reverse());
    expect(
      list.data
        .slice(2)
        .map((e) => e.data.object.id)
        .sort(),
    ).toEqual([...updated].sort());
    const customers = await get<StripeList<StripeCustomer>>('/v1/customers?limit=2');
    expect(customers.body.data.map((c) => c.id)).toEqual([...added].reverse());
    expect(stripe.data.customerCount()).toBe(32);
  });

  it('deleteCustomers removes them from lists, stubs retrieval and cancels their subscriptions', async () => {
    const deleted = stripe.mutate.deleteCustomers(4);
    const customers = await get<StripeList<StripeCustomer>>('/v1/customers?limit=100');
    expect(customers.body.data).toHaveLength(26);
    expect(customers.body.data.some((c) => deleted.includes(c.id))).toBe(false);
    const stub = await get<unknown>(`/v1/customers/${deleted[0]}`);
    expect(stub).toEqual({ status: 200, body: { id: deleted[0], object: 'customer', deleted: true } });
    expect((await events('&type=customer.deleted')).data.map((e) => e.data.object.id).sort()).toEqual([...deleted].sort());
    const orphaned = [...stripe.data.subscriptions()].filter((s) => deleted.includes(String(s.customer)));
    expect(orphaned.every((s) => s.status === 'canceled')).toBe(true);
    expect(stripe.data.deletedCustomerIds().sort()).toEqual([...deleted].sort());
  });

  it('addCharges appends charges newer than everything, listed first', async () => {
    const added = stripe.mutate.addCharges(3);
    const charges = await get<StripeList<StripeCharge>>('/v1/charges?limit=3');
    expect(charges.body.data.map((c) => c.id)).toEqual([...added].reverse());
    const oldNewest = stripe.data.charge(199);
    for (const charge of charges.body.data) expect(charge.created).toBeGreaterThan(oldNewest?.created ?? Infinity);
    expect((await events('&type=charge.succeeded')).data.map((e) => e.data.object.id)).toEqual([...added].reverse());
  });

  it('stamps events strictly newer than the last, even with a frozen clock', async () => {
    stripe.mutate.updateCharges(3);
    stripe.mutate.updateCustomers(3);
    const created = (await events()).data.map((e) => e.created).reverse();
    for (let i = 1; i < created.length; i++) expect(created[i]).toBeGreaterThan(created[i - 1] ?? Infinity);
    expect(created[0]).toBeGreaterThan(clock / 1000);
  });

  it('walks forward through events with ending_before', async () => {
    stripe.mutate.updateCustomers(5);
    const oldest = (await events()).data.at(-1);
    stripe.mutate.addCharges(4);
    const newer = await get<StripeList<StripeEvent>>(`/v1/events?limit=3&ending_before=${oldest?.id}`);
    expect(newer.body.has_more).toBe(true);
    const cursor = newer.body.data[0]?.id;
    const rest = await get<StripeList<StripeEvent>>(`/v1/events?limit=100&ending_before=${cursor}`);
    expect(rest.body.has_more).toBe(false);
    expect(rest.body.data.length + newer.body.data.length).toBe(8);
    expect(rest.body.data[0]?.type).toBe('charge.succeeded');
  });

  it('filters events by types[] and refuses type with types, or more than 20 types', async () => {
    stripe.mutate.addCustomers(1);
    stripe.mutate.addCharges(1);
    stripe.mutate.cancelSubscriptions(1);
    const picked = await events('&types[]=customer.created&types[]=customer.subscription.deleted');
    expect(picked.data.map((e) => e.type)).toEqual(['customer.subscription.deleted', 'customer.created']);
    expect((await get('/v1/events?type=charge.*&types[]=customer.created')).status).toBe(400);
    const many = Array.from({ length: 21 }, (_, i) => `types[]=t${i}`).join('&');
    expect((await get(`/v1/events?${many}`)).status).toBe(400);
    expect((await events('&type=*.created')).data.map((e) => e.type)).toEqual(['customer.created']);
  });

  it('forgets events older than 30 days', async () => {
    stripe.mutate.addCustomers(2);
    expect((await events()).data).toHaveLength(2);
    clock += 31 * DAY_MS;
    expect((await events()).data).toHaveLength(0);
    stripe.mutate.addCustomers(1);
    expect((await events()).data).toHaveLength(1);
    expect(stripe.data.eventCount()).toBe(3);
  });
});
