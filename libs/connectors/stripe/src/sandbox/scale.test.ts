import { describe, expect, it } from 'vitest';
import { createStripeSimulator } from './simulator.js';
import type { StripeCharge, StripeList } from './types.js';

describe('1,000,000 charges', () => {
  const stripe = createStripeSimulator({ seed: 9, customers: 100_000, charges: 1_000_000, now: () => new Date('2025-06-01T00:00:00Z') });
  const headers = { Authorization: `Bearer ${stripe.apiKey}` };
  const page = async (query: string): Promise<StripeList<StripeCharge>> => {
    const res = await stripe.app.request(`/v1/charges?${query}`, { headers });
    return (await res.json()) as StripeList<StripeCharge>;
  };

  it('serves pages by index arithmetic, from either end and from the middle', async () => {
    const ids = (from: number, count: number) => Array.from({ length: count }, (_, k) => stripe.data.ids.charge(from - k));
    const timings: number[] = [];
    const timed = async (query: string) => {
      const started = performance.now();
      const result = await page(query);
      timings.push(performance.now() - started);
      return result;
    };
    await timed('limit=100'); // warm-up
    expect((await timed('limit=100')).data.map((c) => c.id)).toEqual(ids(999_999, 100));
    const middle = await timed(`limit=100&starting_after=${stripe.data.ids.charge(500_000)}`);
    expect(middle.data.map((c) => c.id)).toEqual(ids(499_999, 100));
    const oldest = await timed(`limit=100&starting_after=${stripe.data.ids.charge(50)}`);
    expect(oldest.data).toHaveLength(50);
    expect(oldest.has_more).toBe(false);
    const cutoff = stripe.data.charge(250_000)?.created ?? 0;
    const filtered = await timed(`limit=100&created[lt]=${cutoff}`);
    expect(filtered.data[0]?.id).toBe(stripe.data.ids.charge(249_999));
    console.warn(`1,000,000-charge pages of 100 took ${timings.map((t) => t.toFixed(1)).join(', ')} ms`);
  });
});
