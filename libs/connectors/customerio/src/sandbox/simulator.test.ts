import { describe, expect, it } from 'vitest';
import { createCustomerioSimulator, type CustomerioSimulator } from './index.js';

const NOW = new Date('2026-11-20T12:00:00Z');
const everyone = { filter: { and: [{ attribute: { field: 'cio_id', operator: 'exists' } }] } };

async function call(sim: CustomerioSimulator, path: string, init: { method?: string; body?: unknown; key?: string | null } = {}) {
  const key = init.key === undefined ? sim.apiKey : init.key;
  const res = await sim.app.request(`http://cio.test${path}`, {
    method: init.method ?? 'GET',
    headers: { ...(key ? { Authorization: `Bearer ${key}` } : {}), 'content-type': 'application/json' },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, unknown> };
}

describe('the Customer.io simulator', () => {
  it('searches people with start/limit and an empty next at the end, and answers 400 without a filter', async () => {
    const sim = createCustomerioSimulator({ seed: 2, people: 30, messages: 0, now: () => NOW });
    const first = await call(sim, '/v1/customers?limit=20', { method: 'POST', body: everyone });
    expect((first.json['identifiers'] as unknown[]).length).toBe(20);
    expect(first.json['identifiers']).toContainEqual({ id: null, email: expect.any(String), cio_id: expect.any(String) });
    const next = String(first.json['next']);
    const second = await call(sim, `/v1/customers?limit=20&start=${next}`, { method: 'POST', body: everyone });
    expect((second.json['identifiers'] as unknown[]).length).toBe(10);
    expect(second.json['next']).toBe('');
    expect((await call(sim, '/v1/customers', { method: 'POST', body: {} })).status).toBe(400);
    expect((await call(sim, '/v1/customers?limit=1001', { method: 'POST', body: everyone })).status).toBe(400);
  });

  it('reads attributes of at most 100 ids by cio_id, id or email', async () => {
    const sim = createCustomerioSimulator({ seed: 2, people: 30, messages: 0, now: () => NOW });
    const p = sim.people.get(3);
    const byCio = await call(sim, '/v1/customers/attributes?id_type=cio_id', { method: 'POST', body: { ids: [p?.cio_id, 'nope'] } });
    expect(byCio.json['customers']).toEqual([expect.objectContaining({ id: p?.id, attributes: p?.attributes })]);
    const byId = await call(sim, '/v1/customers/attributes?id_type=id', { method: 'POST', body: { ids: [p?.id] } });
    expect((byId.json['customers'] as unknown[]).length).toBe(1);
    const tooMany = Array.from({ length: 101 }, (_, i) => `x${i}`);
    expect((await call(sim, '/v1/customers/attributes?id_type=id', { method: 'POST', body: { ids: tooMany } })).status).toBe(400);
  });

  it('lists deliveries newest first inside start_ts..end_ts, and refuses a window over 6 months', async () => {
    const sim = createCustomerioSimulator({ seed: 2, people: 30, messages: 60, now: () => NOW });
    const end = Math.floor(NOW.getTime() / 1000);
    const page = await call(sim, `/v1/messages?start_ts=${end - 10 * 86_400}&end_ts=${end}&limit=1000`);
    const created = (page.json['messages'] as { created: number }[]).map((m) => m.created);
    expect(created.length).toBeGreaterThan(0);
    expect(created.length).toBeLessThan(60);
    expect([...created].sort((a, b) => b - a)).toEqual(created);
    expect(created.every((c) => c >= end - 10 * 86_400)).toBe(true);
    const tooLong = await call(sim, `/v1/messages?start_ts=${end - 200 * 86_400}&end_ts=${end}`);
    expect(tooLong).toMatchObject({ status: 400, json: { meta: { error: 'start_ts and end_ts must be at most 6 months apart' } } });
  });

  it('answers 401 with its error body, and 429 with Retry-After over 10 requests a second', async () => {
    const sim = createCustomerioSimulator({ seed: 2, people: 5, messages: 5, rateLimit: 3, now: () => NOW });
    expect(await call(sim, '/v1/messages', { key: null })).toMatchObject({
      status: 401,
      json: { meta: { error: 'Unauthorized request' } },
    });
    expect((await call(sim, '/v1/messages', { key: 'another_key_000000000000' })).status).toBe(401);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await call(sim, '/v1/messages'));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect(answers[3]?.json).toEqual({ meta: { error: 'Too Many Requests' } });
    expect(Number(answers[3]?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});
