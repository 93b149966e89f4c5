import { describe, expect, it } from 'vitest';
import { createStripeSimulator } from './simulator.js';
import type { StripeCharge, StripeEvent, StripeList, StripeSubscription } from './types.js';

const NOW = new Date('2026-06-01T00:00:00Z');

function simulator(accountApiVersion?: string) {
  const stripe = createStripeSimulator({ seed: 6, customers: 30, charges: 50, subscriptions: 20, now: () => NOW, accountApiVersion });
  const list = async <T>(path: string, version?: string): Promise<StripeList<T>> => {
    const headers: Record<string, string> = { Authorization: `Bearer ${stripe.apiKey}`, ...(version ? { 'Stripe-Version': version } : {}) };
    return (await (await stripe.app.request(path, { headers })).json()) as StripeList<T>;
  };
  return { stripe, list };
}

describe('API versions', () => {
  it('renders objects in the pinned version: the billing period moved to the items and charge.invoice went in 2025-03-31.basil', async () => {
    const { stripe, list } = simulator();
    const truth = [...stripe.data.subscriptions()].reverse();
    const old = await list<StripeSubscription>('/v1/subscriptions?status=all&limit=100', '2024-06-20');
    expect(old.data.map((s) => s.current_period_end)).toEqual(truth.map((s) => s.current_period_end));
    expect(old.data.every((s) => s.items.data.every((i) => i.current_period_end === undefined))).toBe(true);
    const clover = await list<StripeSubscription>('/v1/subscriptions?status=all&limit=100', '2025-09-30.clover');
    expect(clover.data.every((s) => !('current_period_end' in s) && !('current_period_start' in s))).toBe(true);
    expect(clover.data.map((s) => s.items.data[0]?.current_period_end)).toEqual(truth.map((s) => s.current_period_end));
    expect((await list<StripeCharge>('/v1/charges', '2024-06-20')).data.every((c) => c.invoice === null)).toBe(true);
    expect((await list<StripeCharge>('/v1/charges', '2025-03-31.basil')).data.every((c) => !('invoice' in c))).toBe(true);
  });

  it("serves a request without Stripe-Version in the account's version", async () => {
    const { list } = simulator('2025-09-30.clover');
    const page = await list<StripeSubscription>('/v1/subscriptions?status=all');
    expect(page.data[0]).not.toHaveProperty('current_period_end');
    expect(page.data[0]?.items.data[0]?.current_period_end).toEqual(expect.any(Number));
  });

  it('renders events once, in the account version when they happen, whatever version the request pins', async () => {
    const { stripe, list } = simulator('2025-09-30.clover');
    const [first] = stripe.mutate.cancelSubscriptions(1);
    stripe.apiVersion.set('2024-06-20');
    const [second] = stripe.mutate.cancelSubscriptions(1);
    const events = (await list<StripeEvent>('/v1/events?type=customer.subscription.deleted', '2024-06-20')).data.reverse();
    const objects = events.map((e) => e.data.object as StripeSubscription);
    expect(events.map((e) => e.api_version)).toEqual(['2025-09-30.clover', '2024-06-20']);
    expect(objects.map((s) => s.id)).toEqual([first, second]);
    expect(objects[0]).not.toHaveProperty('current_period_end');
    expect(objects[0]?.items.data[0]?.current_period_end).toEqual(expect.any(Number));
    expect(objects[1]?.current_period_end).toEqual(expect.any(Number));
    expect(objects[1]?.items.data[0]).not.toHaveProperty('current_period_end');
    expect(() => stripe.apiVersion.set('2025-09-31.clover')).toThrow(RangeError);
  });

  it('refuses an account version Stripe does not have', () => {
    expect(() => createStripeSimulator({ customers: 1, charges: 1, accountApiVersion: '2030-01-01' })).toThrow(/accountApiVersion/);
  });
});
