import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { connectGoogleAnalytics } from '../testing/connect.js';
import { createGoogleAnalyticsSimulator } from './index.js';

const Report = z.object({
  rows: z.array(z.object({ dimensionValues: z.array(z.object({ value: z.string() })) })).default([]),
  rowCount: z.number(),
});

describe('the GA4 runReport simulator', () => {
  const sim = createGoogleAnalyticsSimulator({ seed: 6, now: () => new Date('2026-11-20T12:00:00Z') });
  const run = async (body: unknown) => {
    const server = await sim.start();
    const token = (await connectGoogleAnalytics(sim, server.url)).tokens.accessToken;
    await server.close();
    return sim.app.request('/v1beta/properties/300003:runReport', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    });
  };
  const request = (startDate: string, endDate: string, extra: Record<string, unknown> = {}) => ({
    dateRanges: [{ startDate, endDate }],
    dimensions: [{ name: 'date' }],
    metrics: [{ name: 'sessions' }],
    ...extra,
  });

  it("resolves yesterday and NdaysAgo in the property's time zone, dates as YYYYMMDD", async () => {
    // Tokyo is on 2026-11-20 at 12:00 UTC (21:00 JST).
    const report = Report.parse(await (await run(request('2daysAgo', 'yesterday'))).json());
    expect([...new Set(report.rows.map((r) => r.dimensionValues[0]?.value))]).toEqual(['20261118', '20261119']);
  });

  it('pages by offset with the total in rowCount', async () => {
    const all = Report.parse(await (await run(request('2026-11-10', '2026-11-12'))).json());
    const page = Report.parse(await (await run(request('2026-11-10', '2026-11-12', { limit: '5', offset: '5' }))).json());
    expect(page.rowCount).toBe(all.rowCount);
    expect(page.rows).toEqual(all.rows.slice(5, 10));
  });

  it('answers an unknown metric with INVALID_ARGUMENT and a spent hourly quota with RESOURCE_EXHAUSTED', async () => {
    const bad = await run({ ...request('today', 'today'), metrics: [{ name: 'conversions' }] });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT' } });
    sim.setQuota({ tokensPerDay: 200_000, tokensPerHour: 0 });
    const spent = await run(request('today', 'today'));
    sim.setQuota({ tokensPerDay: 200_000, tokensPerHour: 40_000 });
    expect(spent.status).toBe(429);
    expect(await spent.json()).toMatchObject({ error: { status: 'RESOURCE_EXHAUSTED', message: expect.stringContaining('per hour') } });
  });
});
