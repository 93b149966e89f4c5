import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStripeSimulator } from './simulator.js';
import type { StripeCharge, StripeList } from './types.js';

const NOW = new Date('2025-06-01T00:00:00Z');
const CHARGES = 537;

interface ErrorBody {
  error: { type: string; code?: string; param?: string; message: string };
}

describe('Stripe list pagination (real HTTP)', () => {
  const stripe = createStripeSimulator({ seed: 11, customers: 40, charges: CHARGES, now: () => NOW });
  let server: RunningServer;
  beforeAll(async () => {
    server = await stripe.start();
  });
  afterAll(() => server.close());

  async function get<T>(path: string): Promise<{ status: number; body: T }> {
    const res = await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${stripe.apiKey}` } });
    return { status: res.status, body: (await res.json()) as T };
  }
  const list = (path: string) => get<StripeList<StripeCharge>>(path).then((r) => r.body);

  it('walks every charge exactly once, newest first, with starting_after', async () => {
    const seen: StripeCharge[] = [];
    let page = await list('/v1/charges?limit=100');
    seen.push(...page.data);
    while (page.has_more) {
      page = await list(`/v1/charges?limit=100&starting_after=${seen.at(-1)?.id}`);
      seen.push(...page.data);
    }
    expect(seen).toHaveLength(CHARGES);
    expect(new Set(seen.map((c) => c.id)).size).toBe(CHARGES);
    expect(seen.map((c) => c.id)).toEqual([...stripe.data.charges()].reverse().map((c) => c.id));
    for (let i = 1; i < seen.length; i++) expect(seen[i - 1]?.created).toBeGreaterThanOrEqual(seen[i]?.created ?? 0);
    expect(page.object).toBe('list');
    expect(page.url).toBe('/v1/charges');
  });

  it('walks forward in time with ending_before, each page newest first', async () => {
    const oldest = stripe.data.ids.charge(0);
    const first = await list(`/v1/charges?limit=3&ending_before=${oldest}`);
    expect(first.data.map((c) => c.id)).toEqual([3, 2, 1].map((i) => stripe.data.ids.charge(i)));
    expect(first.has_more).toBe(true);
    let cursor = first.data[0]?.id;
    let walked = first.data.length;
    for (let more = first.has_more; more;) {
      const page = await list(`/v1/charges?limit=100&ending_before=${cursor}`);
      walked += page.data.length;
      cursor = page.data[0]?.id;
      more = page.has_more;
    }
    expect(walked).toBe(CHARGES - 1);
    expect(cursor).toBe(stripe.data.ids.charge(CHARGES - 1));
    const newest = await list(`/v1/charges?ending_before=${cursor}`);
    expect(newest).toMatchObject({ has_more: false, data: [] });
  });

  it('defaults limit to 10 and validates it', async () => {
    expect((await list('/v1/charges')).data).toHaveLength(10);
    for (const bad of ['0', '101', 'abc', '2.5', '-1']) {
      const { status, body } = await get<ErrorBody>(`/v1/charges?limit=${bad}`);
      expect(status).toBe(400);
      expect(body.error).toMatchObject({ type: 'invalid_request_error', param: 'limit' });
    }
    expect((await list('/v1/charges?limit=100')).data).toHaveLength(100);
  });

  it('refuses starting_after together with ending_before', async () => {
    const id = stripe.data.ids.charge(5);
    const { status, body } = await get<ErrorBody>(`/v1/charges?starting_after=${id}&ending_before=${id}`);
    expect(status).toBe(400);
    expect(body.error.type).toBe('invalid_request_error');
  });

  it('reports an unknown cursor as resource_missing on the right param', async () => {
    for (const param of ['starting_after', 'ending_before']) {
      const { status, body } = await get<ErrorBody>(`/v1/charges?${param}=ch_doesnotexist`);
      expect(status).toBe(400);
      expect(body.error).toMatchObject({
        type: 'invalid_request_error',
        code: 'resource_missing',
        param,
        message: "No such charge: 'ch_doesnotexist'",
      });
    }
  });

  it('rejects unknown parameters like Stripe, and says which real ones are not simulated', async () => {
    const unknown = await get<ErrorBody>('/v1/charges?foo=1');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ type: 'invalid_request_error', message: 'Received unknown parameter: foo', param: 'foo' });
    expect((await get<ErrorBody>('/v1/charges?created[since]=1')).body.error.param).toBe('created[since]');
    expect((await get<ErrorBody>('/v1/customers?customer=cus_x')).body.error.param).toBe('customer');
    const unsimulated = await get<ErrorBody>('/v1/charges?transfer_group=g');
    expect(unsimulated.body.error.message).toMatch(/does not implement the parameter: transfer_group/);
    expect((await get<ErrorBody>('/v1/charges?expand[]=data.invoice')).status).toBe(400);
  });

  it('filters on created: exact, ranges, and combined with a cursor', async () => {
    const all = [...stripe.data.charges()];
    const pivot = all[200]?.created ?? 0;
    const exact = await list(`/v1/charges?created=${pivot}&limit=100`);
    expect(exact.data.map((c) => c.id)).toEqual(
      all
        .filter((c) => c.created === pivot)
        .reverse()
        .map((c) => c.id),
    );
    const lo = all[100]?.created ?? 0;
    const range = await list(`/v1/charges?created[gte]=${lo}&created[lt]=${pivot}&limit=100`);
    const expected = all.filter((c) => c.created >= lo && c.created < pivot).reverse();
    expect(range.data.map((c) => c.id)).toEqual(expected.map((c) => c.id));
    expect(range.has_more).toBe(false);
    const after = await list(`/v1/charges?created[gt]=${lo}&limit=5&starting_after=${stripe.data.ids.charge(150)}`);
    expect(after.data.map((c) => c.id)).toEqual([149, 148, 147, 146, 145].map((i) => stripe.data.ids.charge(i)));
    const none = await list(`/v1/charges?created[lte]=${(all[0]?.created ?? 0) - 1}`);
    expect(none).toMatchObject({ data: [], has_more: false });
    expect((await get<ErrorBody>('/v1/charges?created[gte]=yesterday')).status).toBe(400);
  });
});
