import { diffStored, pipelineHarness, runSync, type PipelineHarness } from '@tributary/conformance';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { o365 } from '../connector.js';
import { DPA_REQUIRED_MESSAGE } from '../privacy.js';
import { createO365Simulator, type O365Simulator } from '../sandbox/index.js';
import { acceptPrivacy, connectO365, o365Expected, type TestPrivacy } from '../testing/index.js';

const ACME: TestPrivacy = { allowedDomains: ['acme.example'], ownDomain: 'northwind.example', includeSubjects: false };

/** Everything stored for a connector, as one string: raw rows, canonical values, dead letters. */
async function everythingStored(h: PipelineHarness, connectorId: string): Promise<string> {
  const where = { connectorId };
  const [activities, participants, letters] = await Promise.all([
    h.db.prisma.activity.findMany({ where }),
    h.db.prisma.activityParticipant.findMany({ where }),
    h.db.prisma.deadLetter.findMany({ where }),
  ]);
  return JSON.stringify([activities, participants, letters], (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
}

describe('Office 365 privacy, end to end through the pipeline', () => {
  let sim: O365Simulator;
  let api: RunningServer;
  let h: PipelineHarness;
  const full = (id: string) => runSync(h.deps, h.tenantId, id, { mode: 'full', retryBaseMs: 5 });
  const incremental = (id: string) => runSync(h.deps, h.tenantId, id, { mode: 'incremental', retryBaseMs: 5 });
  const connect = async (settings: Record<string, unknown> = {}) => h.connect('o365', await connectO365(sim), settings);
  const deltaCalls = () => sim.requests.all.filter((r) => r.path.endsWith('/delta'));

  beforeAll(async () => {
    sim = createO365Simulator({ seed: 11, messagesPerFolder: 40, events: 20, retryAfterSeconds: 0.05 });
    api = await sim.start();
    h = await pipelineHarness([o365], {
      server: process.env['TRIBUTARY_DB_TARGET'] === 'server',
      deps: { connectionOptions: () => ({ baseUrl: api.url, http: { retryBaseMs: 5, retryCapMs: 50 } }) },
    });
  }, 60_000);
  // One Office 365 connection per tenant: each test connects its own.
  afterEach(async () => {
    await h.db.prisma.connector.deleteMany({ where: { tenantId: h.tenantId } });
  });
  afterAll(async () => {
    await h?.dispose();
    await api?.close();
  });

  it('refuses to sync before the DPA is accepted, whatever the stored settings claim, and reads no mail', async () => {
    const forged = { privacy: { dpaAcceptedAt: '2026-01-01T00:00:00.000Z', allowedDomains: ['acme.example'] } };
    const id = await connect(forged);
    const before = deltaCalls().length;
    const outcome = await full(id);
    expect(outcome).toMatchObject({ status: 'failed', error: { kind: 'config', retryable: false, message: DPA_REQUIRED_MESSAGE } });
    expect(deltaCalls().length).toBe(before);
    expect(await h.db.prisma.activity.count({ where: { connectorId: id } })).toBe(0);
  });

  it('stores nothing with an empty allowlist (the most restrictive reading)', async () => {
    const id = await connect();
    await acceptPrivacy(h.db.prisma, h.tenantId, id, { ...ACME, allowedDomains: [] });
    expect(await full(id)).toMatchObject({ status: 'completed', created: 0, failed: 0 });
    expect(await h.db.prisma.activityParticipant.count({ where: { connectorId: id } })).toBe(0);
  });

  it('keeps only allowed participants: no own-domain or other address, subject or body is stored anywhere', async () => {
    const id = await connect();
    await acceptPrivacy(h.db.prisma, h.tenantId, id, ACME);
    expect(await full(id)).toMatchObject({ status: 'completed', failed: 0 });
    expect(await diffStored(h.db.prisma, { tenantId: h.tenantId, connectorId: id }, o365Expected(sim, ACME))).toEqual([]);
    const stored = await everythingStored(h, id);
    expect(stored).toContain('@acme.example');
    for (const hidden of [
      'northwind.example',
      'globex.example',
      'initech.example',
      'umbrella.example',
      'bodyPreview',
      'joinUrl',
      'Conference Room',
    ]) {
      expect(stored).not.toContain(hidden);
    }
    const someSubject = sim.store.live('inbox')[0];
    expect(someSubject && 'subject' in someSubject && stored.includes(someSubject.subject)).toBe(false);
    const select = deltaCalls().find((r) => r.query['$select'])?.query['$select']?.[0];
    expect(select?.split(',')).toEqual(expect.arrayContaining(['from', 'toRecipients', 'receivedDateTime']));
    expect(select?.split(',')).not.toContain('subject');
  });

  it('reads subjects only when the tenant allows them', async () => {
    const id = await connect();
    await acceptPrivacy(h.db.prisma, h.tenantId, id, { ...ACME, includeSubjects: true });
    await full(id);
    const expected = o365Expected(sim, { ...ACME, includeSubjects: true });
    expect(await diffStored(h.db.prisma, { tenantId: h.tenantId, connectorId: id }, expected)).toEqual([]);
    const withSubject = [...(expected.activity?.values() ?? [])].filter((a) => 'subject' in (a['properties'] as object));
    expect(withSubject.length).toBeGreaterThan(0);
  });

  it('tombstones, with their participants, the items a narrower allowlist withholds, on the next full sync', async () => {
    const wide: TestPrivacy = { ...ACME, allowedDomains: ['acme.example', 'globex.example'] };
    const id = await connect();
    await acceptPrivacy(h.db.prisma, h.tenantId, id, wide);
    await full(id);
    const narrow = o365Expected(sim, ACME).activity;
    const globexOnly = [...(o365Expected(sim, wide).activity?.keys() ?? [])].filter((k) => !narrow?.has(k));
    expect(globexOnly.length).toBeGreaterThan(0);
    await acceptPrivacy(h.db.prisma, h.tenantId, id, ACME);
    await full(id);
    const live = await h.db.prisma.activity.findMany({ where: { connectorId: id, deletedAt: null }, select: { externalId: true } });
    expect(live.map((a) => a.externalId).sort()).toEqual([...(narrow?.keys() ?? [])].sort());
    const orphans = await h.db.prisma.activityParticipant.count({
      where: { connectorId: id, deletedAt: null, activityExternalId: { in: globexOnly } },
    });
    expect(orphans).toBe(0);
  });

  it('restarts a folder whose delta token expired and ends with exactly the mailbox', async () => {
    const id = await connect();
    await acceptPrivacy(h.db.prisma, h.tenantId, id, ACME);
    await full(id);
    sim.controls.receive(3);
    sim.controls.schedule(3);
    sim.controls.expireDeltaTokens();
    const since = deltaCalls().length;
    const outcome = await incremental(id);
    expect(outcome).toMatchObject({ status: 'completed', failed: 0 });
    // Each folder's stored delta link was refused, and the folder was read again from its first call.
    const after = deltaCalls().slice(since);
    expect(after.filter((r) => r.query['$deltatoken']).length).toBeGreaterThanOrEqual(3);
    expect(after.filter((r) => r.path.includes('/inbox/') && r.query['$select']).length).toBe(1);
    expect(await diffStored(h.db.prisma, { tenantId: h.tenantId, connectorId: id }, o365Expected(sim, ACME))).toEqual([]);
  });

  it('keeps to four requests in flight: the mailbox never answers its concurrency 429', async () => {
    const id = await connect();
    await acceptPrivacy(h.db.prisma, h.tenantId, id, ACME);
    const refusals = sim.stats.concurrencyRefusals;
    expect(await full(id)).toMatchObject({ status: 'completed' });
    expect(sim.stats.concurrencyRefusals).toBe(refusals);
  });
});
