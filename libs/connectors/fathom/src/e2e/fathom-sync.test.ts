import { diffStored, forTenant, pipelineHarness, runSync, type PipelineHarness } from '@tributary/conformance';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fathom } from '../connector.js';
import { createFathomSimulator, type FathomSimulator } from '../sandbox/index.js';
import { fathomExpected } from '../testing/expected.js';

const server = process.env['TRIBUTARY_DB_TARGET'] === 'server';
const FAST_HTTP = { retryBaseMs: 5, retryCapMs: 50 };
const HOUR = 3_600_000;

/** A fetch that counts the vendor's 429 answers: the platform's pacing should leave none. */
function countingFetch(counter: { limited: number; calls: number }): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    counter.calls++;
    if (response.status === 429) counter.limited++;
    return response;
  };
}

describe(`Fathom end to end on ${server ? 'a PostgreSQL server' : 'PGlite'}`, () => {
  describe("a full sync, within Fathom's 60 calls a minute", () => {
    let sim: FathomSimulator;
    let api: RunningServer;
    let h: PipelineHarness;
    const counter = { limited: 0, calls: 0 };

    beforeAll(async () => {
      sim = createFathomSimulator({ seed: 21, meetings: 180, malformedMeetings: [3, 150], rateLimit: true });
      api = await sim.start();
      const connectionOptions = () => ({ baseUrl: api.url, http: FAST_HTTP, fetch: countingFetch(counter) });
      h = await pipelineHarness([fathom], { server, deps: { connectionOptions } });
    }, 120_000);
    afterAll(async () => {
      await h?.dispose();
      await api?.close();
    });

    it('stores every meeting, participant and outside person, and dead-letters the two malformed meetings', async () => {
      const id = await h.connect('fathom', { apiKey: sim.apiKey });
      const outcome = await runSync(h.deps, h.tenantId, id, { mode: 'full' });
      expect(outcome.error).toBeUndefined();
      expect(outcome).toMatchObject({ status: 'completed', failed: 2, pages: 18 });
      expect(counter).toEqual({ calls: 18, limited: 0 });
      const expected = fathomExpected(sim);
      expect(await diffStored(h.db.prisma, { tenantId: h.tenantId, connectorId: id }, expected)).toEqual([]);
      expect(outcome.created).toBe(Object.values(expected).reduce((n, rows) => n + (rows?.size ?? 0), 0));
      const letters = await forTenant(h.db.prisma, h.tenantId).deadLetters.list(id);
      expect(letters.map((l) => [l.externalId, l.reason])).toEqual(
        expect.arrayContaining(
          sim.data
            .malformedRecordingIds()
            .map((rid) => [
              expect.stringContaining(String(rid)),
              expect.stringMatching(/^Fathom meeting does not match the expected shape/),
            ]),
        ),
      );
    }, 120_000);
  });

  it("waits out Fathom's own 429 when another integration spent the account's minute, and completes", async () => {
    const sim = createFathomSimulator({ seed: 23, meetings: 30, rateLimit: true });
    const api = await sim.start();
    const counter = { limited: 0, calls: 0 };
    const h = await pipelineHarness([fathom], {
      server,
      deps: { connectionOptions: () => ({ baseUrl: api.url, http: FAST_HTTP, fetch: countingFetch(counter) }) },
    });
    try {
      const id = await h.connect('fathom', { apiKey: sim.apiKey });
      // Another integration on the same Fathom account uses up the minute's 60 calls.
      for (let spent = 0; spent < 60;)
        if ((await sim.app.request('/teams', { headers: { 'X-Api-Key': sim.apiKey } })).status === 200) spent++;
      const outcome = await runSync(h.deps, h.tenantId, id, { mode: 'full' });
      expect(outcome).toMatchObject({ status: 'completed', failed: 0 });
      expect(counter.limited).toBeGreaterThan(0);
      expect(counter.calls).toBe(3 + counter.limited);
      expect(await diffStored(h.db.prisma, { tenantId: h.tenantId, connectorId: id }, fathomExpected(sim))).toEqual([]);
    } finally {
      await h.dispose();
      await api.close();
    }
  }, 120_000);

  describe('incremental syncs by created_after', () => {
    let now = new Date('2026-11-20T12:00:00Z');
    let sim: FathomSimulator;
    let api: RunningServer;
    let h: PipelineHarness;
    let id: string;
    const where = () => ({ tenantId: h.tenantId, connectorId: id });
    const setSettings = (settings: Record<string, number | boolean>) => h.db.prisma.connector.update({ where: { id }, data: { settings } });
    const stored = async (recordingId: number) =>
      (await forTenant(h.db.prisma, h.tenantId).canonical.list('activity', id)).find((a) => a['externalId'] === String(recordingId));

    beforeAll(async () => {
      sim = createFathomSimulator({ seed: 22, meetings: 60, now: () => now });
      api = await sim.start();
      h = await pipelineHarness([fathom], {
        server,
        deps: { connectionOptions: () => ({ baseUrl: api.url, http: FAST_HTTP, now: () => now }) },
      });
      id = await h.connect('fathom', { apiKey: sim.apiKey });
      expect(await runSync(h.deps, h.tenantId, id, { mode: 'full' })).toMatchObject({ status: 'completed' });
    }, 120_000);
    afterAll(async () => {
      await h?.dispose();
      await api?.close();
    });

    it('pick up new meetings, and one Fathom created hours before it showed up, reading only the overlap', async () => {
      now = new Date(now.getTime() + HOUR);
      const added = [...sim.mutate.addMeetings(2), ...sim.mutate.addMeetings(1, { createdAgoMs: 3 * HOUR })];
      const before = sim.requests.count({ path: '/meetings' });
      const outcome = await runSync(h.deps, h.tenantId, id, { mode: 'incremental' });
      expect(outcome).toMatchObject({ status: 'completed', updated: 0, failed: 0 });
      for (const recordingId of added) expect(await stored(recordingId)).toBeDefined();
      expect(await diffStored(h.db.prisma, where(), fathomExpected(sim))).toEqual([]);
      const reads = sim.requests.filter({ path: '/meetings' }).slice(before);
      expect(reads.every((r) => r.query['created_after']?.length === 1)).toBe(true);
      expect(reads.length).toBeLessThan(4);
    }, 60_000);

    it('miss a late meeting without the overlap (overlapHours 0), and find it again when it is back', async () => {
      await setSettings({ overlapHours: 0 });
      now = new Date(now.getTime() + HOUR);
      const [late] = sim.mutate.addMeetings(1, { createdAgoMs: 2 * HOUR });
      expect(await runSync(h.deps, h.tenantId, id, { mode: 'incremental' })).toMatchObject({ status: 'completed', created: 0 });
      expect(await stored(late ?? 0)).toBeUndefined();
      await setSettings({ overlapHours: 24 });
      expect(await runSync(h.deps, h.tenantId, id, { mode: 'incremental' })).toMatchObject({ status: 'completed' });
      expect(await stored(late ?? 0)).toBeDefined();
      expect(await diffStored(h.db.prisma, where(), fathomExpected(sim))).toEqual([]);
    }, 60_000);

    it('miss edits to past meetings (no updated_at), which the next full sync picks up', async () => {
      const edited = sim.mutate.editMeetings(4);
      const titles = await Promise.all(edited.map(async (e) => ((await stored(e))?.['properties'] as { title?: string })?.title));
      expect(await runSync(h.deps, h.tenantId, id, { mode: 'incremental' })).toMatchObject({ status: 'completed', updated: 0 });
      expect(await diffStored(h.db.prisma, where(), fathomExpected(sim))).not.toEqual([]);
      const full = await runSync(h.deps, h.tenantId, id, { mode: 'full' });
      expect(full).toMatchObject({ status: 'completed', updated: 4, failed: 0 });
      expect(full.created).toBeGreaterThanOrEqual(4);
      expect(await diffStored(h.db.prisma, where(), fathomExpected(sim))).toEqual([]);
      for (const [k, e] of edited.entries()) {
        expect(((await stored(e))?.['properties'] as { title?: string }).title).toBe(`${titles[k]} (follow-up)`);
      }
    }, 60_000);

    it('store the summary text only once the connection reads summaries', async () => {
      const [first] = sim.data.meetings();
      expect((await stored(first?.recording_id ?? 0))?.['properties']).toMatchObject({ hasSummary: null });
      await setSettings({ includeSummary: true });
      expect(await runSync(h.deps, h.tenantId, id, { mode: 'full' })).toMatchObject({ status: 'completed', failed: 0 });
      expect((await stored(first?.recording_id ?? 0))?.['properties']).toMatchObject({
        hasSummary: true,
        summary: first?.default_summary?.markdown_formatted,
        sentiment: { method: 'afinn-165', source: 'fathom_summary', computedBy: 'tributary' },
      });
      // The simulator's summaries tell of good, plain and bad meetings: Tributary's sentiment tells them apart.
      const activities = await forTenant(h.db.prisma, h.tenantId).canonical.list('activity', id);
      const labels = new Set(activities.map((a) => (a['properties'] as { sentiment?: { label: string } }).sentiment?.label));
      expect(labels).toEqual(new Set(['positive', 'neutral', 'negative']));
    }, 60_000);

    it('keep meetings deleted in Fathom: it has no delete feed, and a full sync only adds and updates', async () => {
      const removed = sim.mutate.removeMeetings(2);
      expect(await runSync(h.deps, h.tenantId, id, { mode: 'full' })).toMatchObject({ status: 'completed', created: 0 });
      for (const recordingId of removed) expect((await stored(recordingId))?.['deletedAt'] ?? null).toBeNull();
    }, 60_000);
  });
});
