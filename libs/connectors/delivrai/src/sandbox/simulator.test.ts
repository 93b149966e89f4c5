import { describe, expect, it } from 'vitest';
import { createDelivraiSimulator, type DelivraiSimulator } from './index.js';

const NOW = new Date('2026-11-20T12:00:00Z');
const HOUR = 3_600_000;

async function get(sim: DelivraiSimulator, path: string, headers: Record<string, string> = { 'X-Api-Key': sim.apiKey }) {
  const res = await sim.app.request(`http://delivr.test${path}`, { headers });
  return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, unknown> };
}

describe('the Delivr.ai simulator', () => {
  it('serves a window of events oldest first with limit/offset and total', async () => {
    const sim = createDelivraiSimulator({ seed: 3, events: 600, now: () => NOW });
    const start = NOW.getTime() - 25 * HOUR;
    const first = await get(sim, `/api/v1/events?start_ms=${start}&end_ms=${NOW.getTime()}&limit=50`);
    const events = first.json['events'] as { timestamp: number }[];
    expect(events).toHaveLength(50);
    const inWindow = [...sim.events.range()].filter(([, e]) => e.timestamp >= start && e.timestamp < NOW.getTime()).length;
    expect(first.json['total']).toBe(inWindow);
    expect(events.map((e) => e.timestamp)).toEqual([...events.map((e) => e.timestamp)].sort((a, b) => a - b));
    const last = await get(sim, `/api/v1/events?start_ms=${start}&end_ms=${NOW.getTime()}&limit=50&offset=${inWindow - 3}`);
    expect(last.json['events']).toHaveLength(3);
  });

  it('refuses a window over 25 hours, and another organization', async () => {
    const sim = createDelivraiSimulator({ seed: 3, events: 10, now: () => NOW });
    const long = await get(sim, `/api/v1/events?start_ms=${NOW.getTime() - 26 * HOUR}&end_ms=${NOW.getTime()}`);
    expect(long).toMatchObject({ status: 400, json: { error: 'bad_request', message: 'The time window must be at most 25 hours' } });
    expect((await get(sim, '/api/v1/events?organization_id=org_other')).status).toBe(403);
    expect((await get(sim, '/api/v1/events', { 'X-Api-Key': sim.apiKey, 'x-organization-id': 'org_other' })).status).toBe(403);
    expect((await get(sim, `/api/v1/events?organization_id=${sim.scope.organizationId}`)).status).toBe(200);
  });

  it('answers 401 without the key or with another, and 403 without an enforced secret', async () => {
    const sim = createDelivraiSimulator({ seed: 3, events: 10, now: () => NOW, apiSecret: 'dlvr_secret_1234' });
    expect(await get(sim, '/api/v1/events', {})).toMatchObject({
      status: 401,
      json: { error: 'unauthorized', message: 'Missing API key' },
    });
    expect((await get(sim, '/api/v1/events', { 'X-Api-Key': 'dlvr_other' })).status).toBe(401);
    expect((await get(sim, '/api/v1/events')).status).toBe(403);
    expect((await get(sim, '/api/v1/events', { 'X-Api-Key': sim.apiKey, 'X-Api-Secret': 'dlvr_secret_1234' })).status).toBe(200);
  });

  it('sends X-RateLimit headers and a 429 with Retry-After past the burst', async () => {
    const sim = createDelivraiSimulator({ seed: 3, events: 10, now: () => NOW, rateLimit: { perSecond: 1, burst: 2 } });
    const answers = [await get(sim, '/api/v1/events'), await get(sim, '/api/v1/events'), await get(sim, '/api/v1/events')];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
    expect(answers[0]?.headers.get('x-ratelimit-limit')).toBe('2');
    expect(answers[0]?.headers.get('x-ratelimit-remaining')).toBe('1');
    expect(answers[2]?.json).toEqual({ error: 'rate_limited', message: 'Too many requests' });
    expect(Number(answers[2]?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});
