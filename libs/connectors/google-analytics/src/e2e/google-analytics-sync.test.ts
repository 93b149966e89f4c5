import { diffStored, pipelineHarness, runSync, type PipelineHarness } from '@tributary/conformance';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { googleAnalytics } from '../connector.js';
import { createGoogleAnalyticsSimulator, type GoogleAnalyticsSimulator } from '../sandbox/index.js';
import { connectGoogleAnalytics } from '../testing/connect.js';
import { googleAnalyticsExpected } from '../testing/conformance-target.js';

const server = process.env['TRIBUTARY_DB_TARGET'] === 'server';
const FAST_HTTP = { retryBaseMs: 5, retryCapMs: 50 };
const PROPERTIES = ['300001', '300002', '300003'];
const DAYS = 12;

describe(`Google Analytics end to end on ${server ? 'a PostgreSQL server' : 'PGlite'}`, () => {
  // 23:50 in Berlin: the next run, 30 minutes on (tokens still fresh), is on Berlin's next day.
  let clock = new Date('2026-11-20T22:50:00Z');
  let sim: GoogleAnalyticsSimulator;
  let api: RunningServer;
  let h: PipelineHarness;
  let connectorId: string;
  /** Berlin has gained a day since the first sync; history still starts where that sync started. */
  const expectedNow = () => {
    const [ny, berlin, tokyo] = PROPERTIES.map((p) => googleAnalyticsExpected(sim, [p], p === '300002' ? DAYS + 1 : DAYS).site_analytics);
    return { site_analytics: new Map([...(ny ?? []), ...(berlin ?? []), ...(tokyo ?? [])]) };
  };
  const where = () => ({ tenantId: h.tenantId, connectorId });
  const sync = () => runSync(h.deps, h.tenantId, connectorId, { mode: 'incremental', retryBaseMs: 5, maxAttempts: 1 });

  beforeAll(async () => {
    sim = createGoogleAnalyticsSimulator({ seed: 8, now: () => clock });
    sim.setMaxRows(100);
    api = await sim.start();
    h = await pipelineHarness([googleAnalytics], {
      server,
      deps: { connectionOptions: () => ({ baseUrl: api.url, http: FAST_HTTP, now: () => clock }) },
    });
    const config = await connectGoogleAnalytics(sim, api.url);
    connectorId = await h.connect('google-analytics', config, { propertyIds: PROPERTIES, initialDays: DAYS, daysPerRequest: 7 });
  }, 120_000);
  afterAll(async () => {
    await h?.dispose();
    await api?.close();
  });

  it("a first sync stores every row of each property's days in its own time zone, paging by offset", async () => {
    const outcome = await sync();
    expect(outcome).toMatchObject({ status: 'completed', failed: 0 });
    expect(await diffStored(h.db.prisma, where(), googleAnalyticsExpected(sim, PROPERTIES, DAYS))).toEqual([]);
    const bodies = sim.requests.filter({ path: /:runReport$/ }).map((r) => JSON.stringify(r.body));
    // Tokyo is already on the 21st; New York and Berlin are on the 20th: 12 days each, 7 a report.
    expect(bodies.some((b) => b.includes('"startDate":"2026-11-10","endDate":"2026-11-16"'))).toBe(true);
    expect(bodies.some((b) => b.includes('"startDate":"2026-11-17","endDate":"2026-11-21"'))).toBe(true);
    expect(bodies.some((b) => b.includes('"startDate":"2026-11-09","endDate":"2026-11-15"'))).toBe(true);
    expect(bodies.some((b) => b.includes('"offset":"100"'))).toBe(true);
  });

  it("Berlin's next day re-reads the settling days: yesterday grows to its settled figures, restated rows are updated", async () => {
    clock = new Date('2026-11-20T23:20:00Z');
    sim.traffic.restate('300002', 5);
    const before = sim.requests.all.length;
    const outcome = await sync();
    expect(outcome).toMatchObject({ status: 'completed', failed: 0 });
    expect(outcome.updated).toBeGreaterThan(0);
    expect(await diffStored(h.db.prisma, where(), expectedNow())).toEqual([]);
    const ranges = sim.requests.all
      .slice(before)
      .filter((r) => r.path.endsWith(':runReport'))
      .map((r) => JSON.stringify(r.body));
    // Only the lookback (3 days up to each property's today) is asked for.
    expect(ranges.map((b) => /"startDate":"([\d-]+)","endDate":"([\d-]+)"/.exec(b)?.slice(1).join('..')).sort()).toEqual([
      '2026-11-18..2026-11-20',
      '2026-11-19..2026-11-21',
      '2026-11-19..2026-11-21',
    ]);
  });

  it('an exhausted hourly token quota ends the run rate_limited until the hour turns, and the next run completes', async () => {
    sim.setQuota({ tokensPerDay: 200_000, tokensPerHour: 0 });
    const limited = await sync();
    expect(limited).toMatchObject({ status: 'failed', error: { kind: 'rate_limited', retryable: true } });
    sim.setQuota({ tokensPerDay: 200_000, tokensPerHour: 40_000 });
    expect(await sync()).toMatchObject({ status: 'completed' });
    expect(await diffStored(h.db.prisma, where(), expectedNow())).toEqual([]);
  });
});
