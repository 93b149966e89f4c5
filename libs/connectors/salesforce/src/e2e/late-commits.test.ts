import { diffStored, pipelineHarness, runSync, type PipelineHarness } from '@tributary/conformance';
import type { RunningServer } from '@tributary/sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import { SalesforceContact } from '../api.js';
import { salesforce } from '../connector.js';
import { createSalesforceSimulator, type SalesforceSimulator } from '../sandbox/index.js';
import { salesforceExpected } from '../testing/expected.js';

const START = Date.parse('2026-11-20T12:00:00Z');

/**
 * SystemModstamp has one-second precision and a change that commits late
 * carries the stamp of when its transaction began: after a sync read stamp
 * T, a row can appear stamped before T. Only re-reading an overlap before
 * the watermark finds it.
 */
describe('Salesforce changes committed late', () => {
  let sim: SalesforceSimulator;
  let api: RunningServer | undefined;
  let h: PipelineHarness | undefined;
  afterEach(async () => {
    await h?.dispose();
    await api?.close();
  });

  /** Full sync; one change read by an incremental sync; then changes committed late; the stored rows they leave. */
  async function scenario(settings: Record<string, unknown>) {
    let clock = START;
    sim = createSalesforceSimulator({ seed: 21, accounts: 20, now: () => new Date(clock) });
    api = await sim.start();
    const url = api.url;
    const harness = await pipelineHarness([salesforce], {
      deps: { connectionOptions: () => ({ baseUrl: url, http: { retryBaseMs: 5, retryCapMs: 50 }, now: () => new Date(clock) }) },
    });
    h = harness;
    const id = await harness.connect('salesforce', { tokens: await sim.connect(url) }, settings);
    const sync = async (mode: 'full' | 'incremental') =>
      expect((await runSync(harness.deps, harness.tenantId, id, { mode })).status).toBe('completed');
    await sync('full');
    clock += 60_000;
    const [seen] = sim.mutate.update('Contact', 1);
    await sync('incremental');
    clock += 2_000;
    const late = sim.mutate.update('Contact', 3, { lateMs: 5_000 });
    const watermark = Date.parse(sim.data.byId(seen ?? '')?.SystemModstamp ?? '');
    expect(late.every((l) => Date.parse(sim.data.byId(l)?.SystemModstamp ?? '') < watermark)).toBe(true);
    await sync('incremental');
    const stored = await harness.db.prisma.person.findMany({ where: { connectorId: id, externalId: { in: late } }, select: { raw: true } });
    const storedStamps = stored.map((p) => SalesforceContact.parse(p.raw).SystemModstamp).sort();
    const lateStamps = late.map((l) => sim.data.byId(l)?.SystemModstamp).sort();
    return {
      storedStamps,
      lateStamps,
      diff: await diffStored(harness.db.prisma, { tenantId: harness.tenantId, connectorId: id }, salesforceExpected(sim)),
    };
  }

  it('are stored: each sync re-reads the overlap window before the watermark (5 minutes by default)', async () => {
    const { storedStamps, lateStamps, diff } = await scenario({});
    expect(storedStamps).toEqual(lateStamps);
    expect(diff).toEqual([]);
  }, 120_000);

  it('are never read with overlapMinutes 0 (the pitfall the overlap exists for)', async () => {
    const { storedStamps, lateStamps } = await scenario({ overlapMinutes: 0 });
    expect(storedStamps).toHaveLength(3);
    expect(storedStamps.filter((s) => lateStamps.includes(s))).toEqual([]);
  }, 120_000);
});
