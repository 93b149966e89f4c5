import { diffStored, pipelineHarness, runSync, type PipelineHarness } from '@tributary/conformance';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesforce } from '../connector.js';
import { createSalesforceSimulator, type SalesforceSimulator } from '../sandbox/index.js';
import { salesforceExpected } from '../testing/expected.js';

const server = process.env['TRIBUTARY_DB_TARGET'] === 'server';
const DAY = 86_400_000;
const SYNCED = ['Account', 'Contact', 'Lead', 'Opportunity', 'Task', 'Event'] as const;

/**
 * `queryAll` shows a deleted row only while it is in the Recycle Bin (15
 * days, or until an administrator empties it). After a longer pause the
 * connector finds the gap through `getDeleted` and reconciles: it lists the
 * ids Salesforce still holds and the pipeline tombstones the stored rows
 * missing from them.
 */
describe(`Salesforce deletes the Recycle Bin purged before a sync read them, on ${server ? 'a PostgreSQL server' : 'PGlite'}`, () => {
  let clock = Date.parse('2026-11-02T09:00:00Z');
  let sim: SalesforceSimulator;
  let api: RunningServer;
  let h: PipelineHarness;
  let id: string;
  const sync = () => runSync(h.deps, h.tenantId, id, { mode: 'incremental' });
  const soql = (from: number) => sim.requests.all.slice(from).flatMap((r) => r.query['q'] ?? []);
  const idScans = (from: number) => soql(from).filter((q) => q.startsWith('SELECT Id FROM '));
  const scanned = (from: number) => [...new Set(idScans(from).map((q) => q.split(' ')[3]))].sort();
  const deletedIds = () => SYNCED.flatMap((o) => sim.data.deletedIds(o));
  const tombstoned = async () =>
    (await h.db.prisma.person.findMany({ where: { connectorId: id, deletedAt: { not: null } }, select: { externalId: true } }))
      .concat(await h.db.prisma.account.findMany({ where: { connectorId: id, deletedAt: { not: null } }, select: { externalId: true } }))
      .concat(await h.db.prisma.deal.findMany({ where: { connectorId: id, deletedAt: { not: null } }, select: { externalId: true } }))
      .concat(await h.db.prisma.activity.findMany({ where: { connectorId: id, deletedAt: { not: null } }, select: { externalId: true } }))
      .map((r) => r.externalId)
      .sort();

  beforeAll(async () => {
    sim = createSalesforceSimulator({ seed: 23, accounts: 40, pageSize: 100, now: () => new Date(clock) });
    api = await sim.start();
    const connectionOptions = () => ({ baseUrl: api.url, http: { retryBaseMs: 5, retryCapMs: 50 }, now: () => new Date(clock) });
    h = await pipelineHarness([salesforce], { server, deps: { connectionOptions } });
    id = await h.connect('salesforce', { tokens: await sim.connect(api.url) });
    expect(await runSync(h.deps, h.tenantId, id, { mode: 'full' })).toMatchObject({ status: 'completed' });
  }, 120_000);
  afterAll(async () => {
    await h?.dispose();
    await api?.close();
  });

  it('checks getDeleted once per object each run, and reads no ids while nothing was purged', async () => {
    clock += 60 * 60_000;
    sim.mutate.delete('Lead', 1);
    const before = sim.requests.count();
    // The lead and the activities deleted with it, read through queryAll as usual.
    expect(await sync()).toMatchObject({ status: 'completed', updated: deletedIds().length });
    const checks = sim.requests.all.slice(before).filter((r) => r.path.endsWith('/deleted/'));
    expect(checks.map((r) => r.path.split('/')[5]).sort()).toEqual([...SYNCED].sort());
    expect(idScans(before)).toEqual([]);
  }, 120_000);

  it('goes on syncing when getDeleted refuses an object for another reason than the replication date', async () => {
    clock += 60 * 60_000;
    const [lead] = sim.mutate.update('Lead', 1);
    const refusal = [{ message: 'entity type cannot be replicated: Lead', errorCode: 'INVALID_TYPE' }];
    sim.faults.add({ path: /\/sobjects\/Lead\/deleted\/$/ }, { kind: 'status', status: 400, body: refusal });
    expect(await sync()).toMatchObject({ status: 'completed', updated: 1 });
    const stored = await h.db.prisma.person.findFirst({ where: { connectorId: id, externalId: lead }, select: { raw: true } });
    expect(stored?.raw).toEqual(expect.objectContaining({ SystemModstamp: sim.data.byId(lead ?? '')?.SystemModstamp }));
  }, 120_000);

  it('after a pause longer than the Recycle Bin keeps deletes, tombstones them by listing only ids', async () => {
    clock += 60 * 60_000;
    const known = deletedIds().length;
    sim.mutate.delete('Lead', 3);
    sim.mutate.delete('Account', 1);
    clock += 20 * DAY;
    const before = sim.requests.count();
    const outcome = await sync();
    // Every new delete (cascades included) was purged unread; those read in the previous test are tombstones already.
    expect(outcome).toMatchObject({ status: 'completed', created: 0, updated: deletedIds().length - known, failed: 0 });
    expect(await diffStored(h.db.prisma, { tenantId: h.tenantId, connectorId: id }, salesforceExpected(sim))).toEqual([]);
    expect(await tombstoned()).toEqual([...deletedIds()].sort());
    // Only the objects with purged deletes are listed, and nothing is read again in full.
    expect(scanned(before)).toEqual(SYNCED.filter((o) => sim.data.deletedIds(o).length > 0).sort());
    expect(idScans(before)).toContain('SELECT Id FROM Contact WHERE IsDeleted = false ORDER BY Id ASC');
    // More contacts than a batch: the list pages through its query locator.
    expect(sim.requests.all.slice(before).some((r) => r.path.includes('/query/01g'))).toBe(true);
    const reads = soql(before).filter((q) => q.startsWith('SELECT Id, IsDeleted, CreatedDate, SystemModstamp'));
    expect(reads).toHaveLength(SYNCED.length);
    expect(reads.filter((q) => !q.includes('WHERE SystemModstamp >='))).toEqual([]);
    const again = sim.requests.count();
    expect(await sync()).toMatchObject({ status: 'completed', created: 0, updated: 0 });
    expect(idScans(again)).toEqual([]);
  }, 120_000);

  it('tombstones rows an administrator purged by emptying the Recycle Bin between two syncs', async () => {
    clock += 10 * 60_000;
    const known = new Set(deletedIds());
    sim.mutate.delete('Contact', 2);
    const fresh = deletedIds().filter((d) => !known.has(d));
    clock += 60_000;
    sim.recycleBin.empty();
    clock += 10 * 60_000;
    const before = sim.requests.count();
    // The two contacts and the activities deleted with them.
    expect(await sync()).toMatchObject({ status: 'completed', updated: fresh.length });
    expect(scanned(before)).toContain('Contact');
    expect(await tombstoned()).toEqual(expect.arrayContaining(fresh));
    expect(await diffStored(h.db.prisma, { tenantId: h.tenantId, connectorId: id }, salesforceExpected(sim))).toEqual([]);
  }, 120_000);
});
