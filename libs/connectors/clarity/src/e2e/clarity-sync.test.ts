import { diffStored, forTenant, pipelineHarness, runSync, type PipelineHarness } from '@tributary/conformance';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clarity } from '../connector.js';
import { createClaritySimulator, type ClaritySimulator } from '../sandbox/index.js';
import { clarityExpected } from '../testing/conformance-target.js';

const server = process.env['TRIBUTARY_DB_TARGET'] === 'server';
const SETS = [['Device', 'Channel'], ['URL'], ['Country/Region']];
const PATH = '/export-data/api/v1/project-live-insights';

describe(`Microsoft Clarity end to end on ${server ? 'a PostgreSQL server' : 'PGlite'}`, () => {
  // 00:30 UTC: the scheduled time; the snapshot is filed under the day that just ended.
  let clock = new Date('2026-12-01T00:30:00Z');
  let sim: ClaritySimulator;
  let api: RunningServer;
  let h: PipelineHarness;
  let connectorId: string;
  const stored: Map<string, Record<string, unknown>>[] = [];
  const expectedSoFar = () => ({ site_analytics: new Map(stored.flatMap((m) => [...m])) });
  const where = () => ({ tenantId: h.tenantId, connectorId });
  const sync = () => runSync(h.deps, h.tenantId, connectorId, { mode: 'incremental', retryBaseMs: 5, maxAttempts: 1 });

  beforeAll(async () => {
    sim = createClaritySimulator({ seed: 5, urls: 12, now: () => clock, legacySpelling: true });
    api = await sim.start();
    h = await pipelineHarness([clarity], {
      server,
      deps: { connectionOptions: () => ({ baseUrl: api.url, http: { retryBaseMs: 5, retryCapMs: 50 }, now: () => clock }) },
    });
    connectorId = await h.connect('clarity', { apiKey: sim.apiKey }, { projectId: 'contoso', dimensionSets: SETS });
  }, 120_000);
  afterAll(async () => {
    await h?.dispose();
    await api?.close();
  });

  it('snapshots the last 24 h into the day that just ended: one call per breakdown, legacy spellings read', async () => {
    const outcome = await sync();
    expect(outcome).toMatchObject({ status: 'completed', failed: 0 });
    expect(sim.window()).toBe('2026-11-30');
    stored.push(clarityExpected(sim, SETS, 'contoso').site_analytics ?? new Map());
    expect(await diffStored(h.db.prisma, where(), expectedSoFar())).toEqual([]);
    const calls = sim.requests.filter({ path: PATH });
    expect(calls.map((r) => [r.query['numOfDays'], r.query['dimension1'], r.query['dimension2']])).toEqual(
      expect.arrayContaining([
        [['1'], ['Device'], ['Channel']],
        [['1'], ['URL'], undefined],
        [['1'], ['Country/Region'], undefined],
      ]),
    );
    const users = await h.db.prisma.siteAnalytics.findFirst({ where: { connectorId }, select: { users: true } });
    expect(users?.users).toBeGreaterThan(0);
  });

  it('a day no sync covered is lost: one dead letter for it, counted once per breakdown, and the current day is stored', async () => {
    clock = new Date('2026-12-03T00:30:00Z');
    const outcome = await sync();
    expect(outcome).toMatchObject({ status: 'completed', failed: 3 });
    stored.push(clarityExpected(sim, SETS, 'contoso').site_analytics ?? new Map());
    expect(await diffStored(h.db.prisma, where(), expectedSoFar())).toEqual([]);
    // One letter for the lost day (a letter is keyed by stream, id and reason), seen once per breakdown.
    const letters = await forTenant(h.db.prisma, h.tenantId).deadLetters.list(connectorId);
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ externalId: '2026-12-01', count: 3 });
    expect(letters[0]?.reason).toContain('2026-12-01 was not snapshotted while it was the last 24 h');
    // The missed day cost no call: three calls for the current day.
    expect(sim.requests.filter({ path: PATH })).toHaveLength(6);
  });

  it('keeps to 10 calls a day: the platform ends the run rate_limited before Clarity has to say so', async () => {
    expect((await sync()).status).toBe('completed');
    const limited = await sync();
    expect(limited).toMatchObject({ status: 'failed', error: { kind: 'rate_limited', retryable: true } });
    expect(sim.requests.filter({ path: PATH })).toHaveLength(10);
  });
});
