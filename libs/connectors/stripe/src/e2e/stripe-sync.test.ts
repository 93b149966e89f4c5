import { diffStored, forTenant, pipelineHarness, runSync, type PipelineHarness } from '@tributary/conformance';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stripe } from '../connector.js';
import { createStripeSimulator, type StripeSimulator } from '../sandbox/index.js';
import { stripeExpected } from '../testing/conformance-target.js';

const server = process.env['TRIBUTARY_DB_TARGET'] === 'server';
const FAST_HTTP = { retryBaseMs: 5, retryCapMs: 50 };

describe(`Stripe end to end on ${server ? 'a PostgreSQL server' : 'PGlite'}`, () => {
  let sim: StripeSimulator;
  let api: RunningServer;
  let h: PipelineHarness;
  let connectorId: string;

  beforeAll(async () => {
    sim = createStripeSimulator({ seed: 7, customers: 5_000, charges: 25_000, malformedCharges: [10, 20_001] });
    api = await sim.start();
    h = await pipelineHarness([stripe], { server, deps: { connectionOptions: () => ({ baseUrl: api.url, http: FAST_HTTP }) } });
    connectorId = await h.connect('stripe', { apiKey: sim.apiKey });
  }, 120_000);
  afterAll(async () => {
    await h?.dispose();
    await api?.close();
  });

  it('a full sync stores exactly the 25,000 charges and 5,000 customers, with the malformed rows in dead letters', async () => {
    const outcome = await runSync(h.deps, h.tenantId, connectorId, { mode: 'full' });
    expect(outcome.error).toBeUndefined();
    expect(outcome.status).toBe('completed');
    const scope = forTenant(h.db.prisma, h.tenantId);
    expect(await scope.canonical.count('charge', connectorId)).toBe(25_000 - 2);
    expect(await scope.canonical.count('person', connectorId)).toBe(5_000);
    expect(outcome.created).toBe(25_000 - 2 + 5_000 + sim.data.refundCount() + sim.data.subscriptionCount());
    expect(outcome.failed).toBe(2);
    const letters = await scope.deadLetters.list(connectorId);
    expect(letters.map((l) => l.externalId).sort()).toEqual(sim.data.malformedChargeIds().sort());
    expect(letters.every((l) => l.kind === 'record' && /Stripe charge does not match/.test(l.reason))).toBe(true);
    expect(await diffStored(h.db.prisma, { tenantId: h.tenantId, connectorId }, stripeExpected(sim))).toEqual([]);
    const log = await h.db.prisma.syncLog.findUniqueOrThrow({ where: { id: outcome.syncLogId } });
    expect(log).toMatchObject({ status: 'completed', recordsCreated: outcome.created, recordsFailed: 2, syncType: 'full' });
  }, 300_000);

  it('after 100 charges change at Stripe, an incremental sync updates exactly those 100 and creates nothing', async () => {
    const changed = sim.mutate.updateCharges(100, { refunds: false });
    expect(new Set(changed).size).toBe(100);
    const before = await h.db.prisma.charge.findMany({
      where: { externalId: { in: changed } },
      select: { externalId: true, updatedAt: true },
    });
    const requestsBefore = sim.requests.count();
    const outcome = await runSync(h.deps, h.tenantId, connectorId, { mode: 'incremental' });
    expect(outcome).toMatchObject({ status: 'completed', created: 0, updated: 100, failed: 0 });
    const paths = sim.requests.all.slice(requestsBefore).map((r) => r.path);
    expect(new Set(paths)).toEqual(new Set(['/v1/events']));
    const after = await h.db.prisma.charge.findMany({
      where: { externalId: { in: changed } },
      select: { externalId: true, updatedAt: true },
    });
    const moved = after.filter((a) => a.updatedAt > (before.find((b) => b.externalId === a.externalId)?.updatedAt ?? new Date(0)));
    expect(moved).toHaveLength(100);
    expect(await diffStored(h.db.prisma, { tenantId: h.tenantId, connectorId }, stripeExpected(sim))).toEqual([]);
  }, 120_000);

  it('turns deleted customers into tombstones and keeps new objects', async () => {
    const deleted = sim.mutate.deleteCustomers(3);
    const added = sim.mutate.addCharges(5);
    const outcome = await runSync(h.deps, h.tenantId, connectorId, { mode: 'incremental' });
    expect(outcome.status).toBe('completed');
    expect(outcome.created).toBe(5);
    const tombstones = await h.db.prisma.person.findMany({ where: { externalId: { in: deleted } } });
    expect(tombstones.map((p) => p.deletedAt !== null)).toEqual([true, true, true]);
    expect(await h.db.prisma.charge.count({ where: { externalId: { in: added } } })).toBe(5);
    expect(await diffStored(h.db.prisma, { tenantId: h.tenantId, connectorId }, stripeExpected(sim))).toEqual([]);
  }, 120_000);
});
