import { createConnectorContext, type WritebackItem } from '@tributary/core';
import type { RunningServer } from '@tributary/sandbox';
import { pipelineHarness, runSync, type PipelineHarness } from '@tributary/conformance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesforce, type SalesforceCredentials } from '../connector.js';
import { changedScores, computeEngagementScores, type EngagementScores } from '@tributary/core';
import { SalesforceSettings, type SalesforceSettingsInput } from '../settings.js';
import { createSalesforceSimulator, type SalesforceSimulator } from '../sandbox/index.js';
import { SCORE_FIELD } from '../writeback.js';

const server = process.env['TRIBUTARY_DB_TARGET'] === 'server';
const NOW = new Date('2025-06-01T00:00:00Z');

/** Score writeback as the orchestrators run it: synced activities -> scores -> only the changed ones -> Salesforce. */
describe(`Salesforce score writeback end to end on ${server ? 'a PostgreSQL server' : 'PGlite'}`, () => {
  let sim: SalesforceSimulator;
  let api: RunningServer;
  let h: PipelineHarness;
  let connectorId: string;
  let credentials: SalesforceCredentials;
  let scores: EngagementScores;
  let kinds: Map<string, string | null>;

  const writeback = (items: WritebackItem[], settings: SalesforceSettingsInput = { writeback: { enabled: true } }) =>
    salesforce.writeback?.(
      credentials,
      items,
      createConnectorContext(salesforce, credentials, SalesforceSettings.parse(settings), { baseUrl: api.url }),
    ) ?? [];
  const items = (changes: ReturnType<typeof changedScores>, entity: 'person' | 'account'): WritebackItem[] =>
    changes.map((c) => ({
      entity,
      externalId: c.externalId,
      stream: entity === 'account' ? 'accounts' : kinds.get(c.externalId) === 'lead' ? 'leads' : 'contacts',
      fields: { [SCORE_FIELD]: c.score },
    }));

  beforeAll(async () => {
    sim = createSalesforceSimulator({ seed: 31, accounts: 150, now: () => NOW, customFields: ['Tributary_Score__c', 'Engagement__c'] });
    api = await sim.start();
    const tokens = await sim.connect(api.url);
    credentials = { accessToken: tokens.accessToken, instanceUrl: api.url };
    h = await pipelineHarness([salesforce], { server, deps: { connectionOptions: () => ({ baseUrl: api.url }) } });
    connectorId = await h.connect('salesforce', { tokens }, { writeback: { enabled: true } });
    expect((await runSync(h.deps, h.tenantId, connectorId, { mode: 'full' })).status).toBe('completed');
    const activities = await h.db.prisma.activity.findMany({ where: { connectorId, deletedAt: null } });
    scores = computeEngagementScores(activities, {}, NOW);
    kinds = new Map(
      (await h.db.prisma.person.findMany({ where: { connectorId }, select: { externalId: true, kind: true } })).map((p) => [
        p.externalId,
        p.kind,
      ]),
    );
  }, 120_000);
  afterAll(async () => {
    await h?.dispose();
    await api?.close();
  });

  it('writes only the given scores, in batches of 200 through composite sObject collections, and returns per-record failures', async () => {
    const people = items(changedScores({}, scores.people), 'person');
    const accounts = items(changedScores({}, scores.accounts), 'account');
    expect(people.length + accounts.length).toBeGreaterThan(2 * 200);
    const locked = people[3];
    sim.writes.failRecords([locked?.externalId ?? '']);
    // A rep deletes a contact in Salesforce between scoring and writing back.
    const deleted = people.find((p) => p.stream === 'contacts' && p !== locked);
    expect(sim.mutate.delete('Contact', [deleted?.externalId ?? ''])).toEqual([deleted?.externalId]);
    const results = await writeback([...people, ...accounts]);
    sim.writes.clearFailures();

    expect(results.map((r) => r.externalId)).toEqual([...people, ...accounts].map((i) => i.externalId));
    const failed = results
      .filter((r) => !r.ok)
      .sort((a, b) => (a.externalId === locked?.externalId ? -1 : b.externalId === locked?.externalId ? 1 : 0));
    expect(failed).toEqual([
      { externalId: locked?.externalId, ok: false, error: expect.stringMatching(/^UNABLE_TO_LOCK_ROW: /) },
      { externalId: deleted?.externalId, ok: false, error: 'ENTITY_IS_DELETED: entity is deleted' },
    ]);
    const calls = sim.writes.calls;
    expect(calls.map((c) => c.writes.length)).toEqual(chunks(people.length + accounts.length));
    expect(calls.every((c) => !c.allOrNone)).toBe(true);
    const written = calls.flatMap((c) => c.writes);
    expect(new Set(written.map((w) => w.id))).toEqual(new Set([...people, ...accounts].map((i) => i.externalId)));
    for (const w of written.filter((x) => x.success)) {
      const score = w.type === 'Account' ? scores.accounts[w.id ?? ''] : scores.people[w.id ?? ''];
      expect(sim.data.byId(w.id ?? '')).toMatchObject({ Tributary_Score__c: score });
    }
    expect(new Set(written.map((w) => w.type))).toEqual(new Set(['Account', 'Contact', 'Lead']));

    const previous = Object.fromEntries(
      results.filter((r) => r.ok).map((r) => [r.externalId, scores.people[r.externalId] ?? scores.accounts[r.externalId] ?? 0]),
    );
    const again = changedScores(previous, { ...scores.people, ...scores.accounts });
    expect(again.map((c) => c.externalId).sort()).toEqual([locked?.externalId, deleted?.externalId].sort());
  }, 60_000);

  it('writes to the configured field per object, and fails (not drops) a batch Salesforce refuses as a whole', async () => {
    const [account] = items(changedScores({}, scores.accounts), 'account');
    const [person] = items(changedScores({}, scores.people), 'person');
    const custom = await writeback([account as WritebackItem], { writeback: { enabled: true, fields: { account: 'Engagement__c' } } });
    expect(custom).toEqual([{ externalId: account?.externalId, ok: true }]);
    expect(sim.data.byId(account?.externalId ?? '')).toMatchObject({ Engagement__c: account?.fields[SCORE_FIELD] });
    const missing = await writeback([person as WritebackItem], {
      writeback: { enabled: true, fields: { contact: 'Missing__c', lead: 'Missing__c' } },
    });
    expect(missing).toEqual([{ externalId: person?.externalId, ok: false, error: expect.stringContaining('INVALID_FIELD') }]);
  });

  it('is off unless the connection opts in: reads stay read-only by default', async () => {
    const calls = sim.writes.calls.length;
    await expect(writeback([], {})).rejects.toMatchObject({ kind: 'config' });
    expect(sim.writes.calls).toHaveLength(calls);
  });
});

function chunks(total: number): number[] {
  return Array.from({ length: Math.ceil(total / 200) }, (_, i) => Math.min(200, total - i * 200));
}
