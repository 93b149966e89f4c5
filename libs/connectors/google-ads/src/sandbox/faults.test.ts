import { describe, expect, it } from 'vitest';
import { createGoogleAdsSimulator } from './simulator.js';

const QUERY = { query: 'SELECT customer.id FROM customer' };

describe('Google-shaped faults and the daily quota', () => {
  const setup = async (options: Parameters<typeof createGoogleAdsSimulator>[0] = {}) => {
    const sim = createGoogleAdsSimulator(options);
    let token = (await sim.google.authorize()).access_token;
    const reconnect = async () => {
      token = (await sim.google.authorize()).access_token;
    };
    const stream = () =>
      sim.app.request(`/v26/customers/${sim.customerId('us')}/googleAds:searchStream`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
        body: JSON.stringify(QUERY),
      });
    const list = () => sim.app.request('/v26/customers:listAccessibleCustomers', { headers: { Authorization: `Bearer ${token}` } });
    return { sim, stream, list, reconnect };
  };

  it('answers an injected 429 with the quota envelope and its retryDelay, wrapped in an array on searchStream', async () => {
    const { sim, stream, list } = await setup({ quotaRetrySeconds: 12 });
    sim.faults.add({ path: /googleAds:searchStream$/ }, { kind: 'status', status: 429 });
    const res = await stream();
    expect(res.status).toBe(429);
    expect(res.headers.get('request-id')).toBeTruthy();
    const [body] = (await res.json()) as Array<{ error: { status: string; details: Array<{ errors: Array<Record<string, unknown>> }> } }>;
    expect(body?.error.status).toBe('RESOURCE_EXHAUSTED');
    expect(body?.error.details[0]?.errors[0]).toMatchObject({
      errorCode: { quotaError: 'RESOURCE_EXHAUSTED' },
      details: { quotaErrorDetails: { retryDelay: '12s' } },
    });
    sim.faults.add({ path: /listAccessibleCustomers$/ }, { kind: 'status', status: 429 });
    expect(Array.isArray(await (await list()).json())).toBe(false); // other endpoints answer the plain envelope
    expect((await stream()).status).toBe(200);
  });

  it('answers injected 401, 500 and 503 like Google', async () => {
    const { sim, stream } = await setup();
    sim.faults.add({ path: /googleAds/ }, { kind: 'status', status: 401 });
    sim.faults.add({ path: /googleAds/ }, { kind: 'status', status: 500 });
    sim.faults.add({ path: /googleAds/ }, { kind: 'status', status: 503 });
    expect(await (await stream()).json()).toEqual([{ error: expect.objectContaining({ code: 401, status: 'UNAUTHENTICATED' }) }]);
    expect(JSON.stringify(await (await stream()).json())).toContain('"internalError":"INTERNAL_ERROR"');
    expect(await (await stream()).json()).toEqual([
      { error: { code: 503, message: 'The service is currently unavailable.', status: 'UNAVAILABLE' } },
    ]);
  });

  it('enforces operationsPerDay over a sliding day of simulator time', async () => {
    const { sim, stream, list, reconnect } = await setup({ operationsPerDay: 2, now: () => new Date('2026-10-14T12:00:00Z') });
    expect((await list()).status).toBe(200);
    expect((await stream()).status).toBe(200);
    const refused = await stream();
    expect(refused.status).toBe(429);
    expect(JSON.stringify(await refused.json())).toContain('"retryDelay":"86400s"');
    sim.advanceHours(24);
    await reconnect(); // a day later the access token has expired too
    expect((await stream()).status).toBe(200);
    expect(sim.quota.used()).toBe(1);
  });
});
