import { forTenant, pipelineHarness, runSync, diffStored, type PipelineHarness } from '@tributary/conformance';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubspot } from '../connector.js';
import { createHubSpotSimulator, type HubSpotSimulator, type SimType } from '../sandbox/index.js';
import { hubspotExpected } from '../testing/expected.js';

const server = process.env['TRIBUTARY_DB_TARGET'] === 'server';
const FAST_HTTP = { retryBaseMs: 5, retryCapMs: 50 };

describe(`HubSpot end to end on ${server ? 'a PostgreSQL server' : 'PGlite'}`, () => {
  let sim: HubSpotSimulator;
  let api: RunningServer;
  let h: PipelineHarness;
  let connectorId: string;
  const where = () => ({ tenantId: h.tenantId, connectorId });
  const sync = (mode: 'full' | 'incremental' = 'incremental') => runSync(h.deps, h.tenantId, connectorId, { mode, retryBaseMs: 5 });
  const deleted = async (entity: 'person' | 'deal' | 'activity') =>
    (await forTenant(h.db.prisma, h.tenantId).canonical.list(entity, connectorId, { includeDeleted: true }))
      .filter((r) => r['deletedAt'] !== null)
      .map((r) => String(r['externalId']))
      .sort();
  const stored = async (entity: 'deal' | 'activity') =>
    new Map((await forTenant(h.db.prisma, h.tenantId).canonical.list(entity, connectorId)).map((r) => [String(r['externalId']), r]));
  /** Each record's first live linked contact, computed from the simulator. */
  const firstContact = (type: SimType, id: string) => sim.data.linksOf(type, id, 'contacts').sort((a, b) => Number(a) - Number(b))[0];
  const emailOf = (contactId: string | undefined) =>
    sim.data
      .records('contacts')
      .find((c) => c.id === contactId)
      ?.props['email']?.toLowerCase() ?? null;

  beforeAll(async () => {
    sim = createHubSpotSimulator({ seed: 33, companies: 40, contacts: 120, deals: 60, meetings: 80, calls: 40 });
    api = await sim.start();
    h = await pipelineHarness([hubspot], { server, deps: { connectionOptions: () => ({ baseUrl: api.url, http: FAST_HTTP }) } });
    connectorId = await h.connect('hubspot', { tokens: await sim.connect(api.url) });
  }, 120_000);
  afterAll(async () => {
    await h?.dispose();
    await api?.close();
  });

  it('a full sync paced by the declared limits stores the portal without one 429 from HubSpot', async () => {
    const outcome = await sync('full');
    expect(outcome).toMatchObject({ status: 'completed', failed: 0 });
    expect(await diffStored(h.db.prisma, where(), hubspotExpected(sim))).toEqual([]);
    expect(sim.limitsHit).toEqual({ SECONDLY: 0, TEN_SECONDLY_ROLLING: 0 });
    expect(sim.requests.count({ path: /\/search$/ })).toBeGreaterThanOrEqual(5);
    expect(sim.requests.count({ path: '/crm/v3/pipelines/deals' })).toBe(1);
  }, 120_000);

  it("links deals to their first contact's email and company, engagements to their contact, from the associations", async () => {
    const deals = await stored('deal');
    for (const d of sim.data.records('deals')) {
      expect(deals.get(d.id)?.['contactEmail'] ?? null).toBe(emailOf(firstContact('deals', d.id)));
      expect(deals.get(d.id)?.['accountExternalId']).toBe(sim.data.linksOf('deals', d.id, 'companies')[0]);
    }
    expect([...deals.values()].filter((d) => d['contactEmail']).length).toBeGreaterThan(20);
    const activities = await stored('activity');
    for (const type of ['meetings', 'calls'] as const) {
      for (const a of sim.data.records(type))
        expect(activities.get(a.id)?.['personExternalId'] ?? undefined).toBe(firstContact(type, a.id));
    }
  });

  /** A deal whose first contact is archived below: its contact email moves to its next contact. */
  let relinked = '';

  it('archived records become tombstones; the next run re-reads the archived lists and writes nothing', async () => {
    const deal = sim.data
      .records('deals')
      .find((d) => sim.data.linksOf('deals', d.id, 'contacts').length >= 2 && emailOf(firstContact('deals', d.id)));
    relinked = deal?.id ?? '';
    const first = firstContact('deals', relinked) ?? '';
    const contacts = [...sim.mutate.archive('contacts', [sim.data.indexOf('contacts', first) ?? -1]), ...sim.mutate.archive('contacts', 1)];
    const dealIds = sim.mutate.archive('deals', 1);
    const meetingIds = sim.mutate.archive('meetings', 1);
    const outcome = await sync();
    expect(outcome).toMatchObject({ status: 'completed', created: 0, updated: 4, failed: 0 });
    expect(await deleted('person')).toEqual([...contacts].sort());
    expect(await deleted('deal')).toEqual(dealIds);
    expect(await deleted('activity')).toEqual(meetingIds);
    expect(await diffStored(h.db.prisma, where(), hubspotExpected(sim))).toEqual([]);
    expect(await sync()).toMatchObject({ status: 'completed', created: 0, updated: 0 });
    expect(sim.requests.filter({ path: '/crm/v3/objects/contacts' }).at(-1)?.query).toMatchObject({ archived: ['true'], limit: ['100'] });
  }, 120_000);

  it("a full sync refreshes the links a contact's archiving changed", async () => {
    const before = (await stored('deal')).get(relinked)?.['contactEmail'];
    const outcome = await sync('full');
    expect(outcome.status).toBe('completed');
    const deals = await stored('deal');
    expect(deals.get(relinked)?.['contactEmail']).not.toBe(before);
    for (const d of sim.data.records('deals')) expect(deals.get(d.id)?.['contactEmail'] ?? null).toBe(emailOf(firstContact('deals', d.id)));
  }, 120_000);
});
