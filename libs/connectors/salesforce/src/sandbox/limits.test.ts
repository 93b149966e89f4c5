import { describe, expect, it } from 'vitest';
import { createSalesforceSimulator } from './simulator.js';

const V = '/services/data/v62.0';

describe('the daily API allocation (rolling 24 hours)', () => {
  it('counts every call in Sforce-Limit-Info and /limits, then answers 403 REQUEST_LIMIT_EXCEEDED until calls age out', async () => {
    let clock = Date.parse('2025-06-01T00:00:00Z');
    const sim = createSalesforceSimulator({ seed: 1, accounts: 5, dailyApiLimit: 10, apiUsage: 7, now: () => new Date(clock) });
    const server = await sim.start();
    const { accessToken } = await sim.connect(server.url);
    const call = () => fetch(`${server.url}${V}/limits`, { headers: { Authorization: `Bearer ${accessToken}` } });

    const first = await call();
    expect(first.headers.get('sforce-limit-info')).toBe('api-usage=8/10');
    expect(await first.json()).toMatchObject({ DailyApiRequests: { Max: 10, Remaining: 2 } });
    await call();
    await call();
    const refused = await call();
    expect(refused.status).toBe(403);
    expect(refused.headers.get('sforce-limit-info')).toBe('api-usage=10/10');
    expect(await refused.json()).toEqual([{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }]);
    expect(sim.data.apiUsage()).toEqual({ used: 10, limit: 10 });

    clock += 24 * 3_600_000 + 1;
    const later = await call();
    expect(later.status).toBe(200);
    expect(later.headers.get('sforce-limit-info')).toBe('api-usage=1/10');
    sim.limits.use(9);
    expect((await call()).status).toBe(403);
    sim.limits.reset();
    expect((await call()).status).toBe(200);
    await server.close();
  });

  it('does not count OAuth calls or the versions list', async () => {
    const sim = createSalesforceSimulator({ seed: 1, accounts: 1 });
    const server = await sim.start();
    await sim.connect(server.url);
    await fetch(`${server.url}/services/data/`);
    expect(sim.data.apiUsage().used).toBe(0);
    await server.close();
  });
});
