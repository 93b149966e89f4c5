import { createConnectorContext, type TokenSet } from '@tributary/core';
import type { RunningServer } from '@tributary/sandbox';
import { diffStored, forTenant, pipelineHarness, runSync, type PipelineHarness } from '@tributary/conformance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesforce } from '../connector.js';
import { createSalesforceSimulator, type SalesforceSimulator } from '../sandbox/index.js';
import { expectedContactEmails } from '../testing/contact-emails.js';
import { salesforceExpected } from '../testing/expected.js';

const server = process.env['TRIBUTARY_DB_TARGET'] === 'server';
const FAST_HTTP = { retryBaseMs: 5, retryCapMs: 50 };

describe(`Salesforce end to end on ${server ? 'a PostgreSQL server' : 'PGlite'}`, () => {
  let sim: SalesforceSimulator;
  let api: RunningServer;
  let h: PipelineHarness;
  let connectorId: string;
  let tokens: TokenSet;
  /** Set to expire every query locator just before the next batch is fetched through one. */
  let expireNextLocator = false;
  const fetchWithExpiry: typeof fetch = (input, init) => {
    if (expireNextLocator && String(input instanceof Request ? input.url : input).includes('/query/01g')) {
      expireNextLocator = false;
      sim.expireQueryLocators();
    }
    return fetch(input, init);
  };
  const queries = (from: number) => sim.requests.all.slice(from).filter((r) => /\/(query|queryAll)$/.test(r.path));
  const diff = async () => diffStored(h.db.prisma, { tenantId: h.tenantId, connectorId }, salesforceExpected(sim));

  beforeAll(async () => {
    sim = createSalesforceSimulator({ seed: 11, accounts: 1_000 });
    api = await sim.start();
    tokens = await sim.connect(api.url);
    h = await pipelineHarness([salesforce], {
      server,
      deps: { connectionOptions: () => ({ baseUrl: api.url, http: FAST_HTTP, fetch: fetchWithExpiry }) },
    });
    connectorId = await h.connect('salesforce', { tokens });
  }, 120_000);
  afterAll(async () => {
    await h?.dispose();
    await api?.close();
  });

  it('a full sync stores exactly the org: accounts, contacts and leads, deals in minor units with their contact email, activities', async () => {
    const outcome = await runSync(h.deps, h.tenantId, connectorId, { mode: 'full' });
    expect(outcome.error).toBeUndefined();
    const total = ['Account', 'Contact', 'Lead', 'Opportunity', 'Task', 'Event'] as const;
    expect(outcome).toMatchObject({ status: 'completed', failed: 0, created: total.reduce((n, o) => n + sim.data.count(o), 0) });
    expect(await diff()).toEqual([]);
    const deals = await h.db.prisma.deal.findMany({
      where: { connectorId },
      select: { externalId: true, contactEmail: true, currency: true },
    });
    const emails = expectedContactEmails(sim);
    expect(deals.filter((d) => (d.contactEmail ?? undefined) !== emails.get(d.externalId))).toEqual([]);
    expect(deals.filter((d) => d.contactEmail !== null).length).toBeGreaterThan(deals.length * 0.8);
    expect(new Set(deals.map((d) => d.currency))).toEqual(new Set(['USD', 'EUR', 'GBP', 'JPY', 'KWD', null]));
    const first = queries(0)
      .filter((r) => r.path.endsWith('/queryAll'))
      .map((r) => r.query['q']?.[0] ?? '');
    expect(first).toHaveLength(6);
    expect(first.every((q) => q.includes('WHERE IsDeleted = false ORDER BY SystemModstamp ASC, Id ASC'))).toBe(true);
    expect(sim.requests.filter({ path: /\/query\/01g/ }).length).toBeGreaterThan(0);
  }, 300_000);

  it('an incremental sync reads each object from its own watermark and updates exactly the changed rows', async () => {
    const before = sim.requests.count();
    const changed = [...sim.mutate.update('Opportunity', 40), ...sim.mutate.update('Contact', 25), ...sim.mutate.update('Event', 10)];
    const created = sim.mutate.create('Lead', 4);
    const outcome = await runSync(h.deps, h.tenantId, connectorId, { mode: 'incremental' });
    expect(outcome).toMatchObject({ status: 'completed', created: created.length, updated: changed.length, failed: 0 });
    const soql = queries(before).map((r) => r.query['q']?.[0] ?? '');
    // Each object from its watermark minus the 5-minute overlap (stamps have one-second precision and commit late).
    expect(soql.filter((q) => / WHERE SystemModstamp >= \d{4}-\d\d-\d\dT[\d:.]+Z ORDER BY/.test(q))).toHaveLength(6);
    expect(await diff()).toEqual([]);
    const again = await runSync(h.deps, h.tenantId, connectorId, { mode: 'incremental' });
    expect(again).toMatchObject({ status: 'completed', created: 0, updated: 0 });
  }, 120_000);

  it('applies deletes as tombstones on the canonical rows, cascades included, never hard deletes', async () => {
    const leads = sim.mutate.delete('Lead', 3);
    const [account] = sim.mutate.delete('Account', 1);
    const cascaded = [...sim.data.deletedIds('Contact'), ...sim.data.deletedIds('Opportunity')];
    const outcome = await runSync(h.deps, h.tenantId, connectorId, { mode: 'incremental' });
    expect(outcome.status).toBe('completed');
    const people = await h.db.prisma.person.findMany({
      where: { connectorId, externalId: { in: [...leads, ...sim.data.deletedIds('Contact')] } },
    });
    expect(people.length).toBe(leads.length + sim.data.deletedIds('Contact').length);
    expect(people.every((p) => p.deletedAt !== null)).toBe(true);
    expect(await h.db.prisma.account.findFirst({ where: { connectorId, externalId: account } })).toMatchObject({
      deletedAt: expect.any(Date),
    });
    expect(cascaded.length).toBeGreaterThan(0);
    const activities = await h.db.prisma.activity.count({ where: { connectorId, deletedAt: { not: null } } });
    expect(activities).toBe(sim.data.deletedIds('Task').length + sim.data.deletedIds('Event').length);
    expect(await diff()).toEqual([]);
  }, 120_000);

  it('restarts an object from its last SystemModstamp when the query locator expired (INVALID_QUERY_LOCATOR)', async () => {
    const changed = sim.mutate.update('Task', 4_500);
    const before = sim.requests.count();
    expireNextLocator = true;
    const outcome = await runSync(h.deps, h.tenantId, connectorId, { mode: 'incremental' });
    expect(outcome).toMatchObject({ status: 'completed', failed: 0, updated: changed.length });
    const log = sim.requests.all.slice(before);
    const expired = log.findIndex((r) => /\/query\/01g/.test(r.path));
    expect(expired).toBeGreaterThan(-1);
    const restart = log.slice(expired + 1).find((r) => r.path.endsWith('/queryAll'));
    expect(restart?.query['q']?.[0]).toMatch(/FROM Task WHERE SystemModstamp >= \S+Z ORDER BY SystemModstamp ASC/);
    expect(await diff()).toEqual([]);
  }, 120_000);

  it('classifies 403 REQUEST_LIMIT_EXCEEDED as rate limited, and health reports the API calls left', async () => {
    const ctx = () =>
      createConnectorContext(salesforce, { accessToken: tokens.accessToken }, salesforce.settingsSchema.parse({}), {
        baseUrl: api.url,
        http: FAST_HTTP,
      });
    const before = sim.data.apiUsage().used;
    const healthy = await salesforce.healthCheck({ accessToken: '', instanceUrl: api.url }, ctx());
    // GET /limits counts itself; the describes that look for hidden fields come after it.
    const { used, limit } = { used: before + 1, limit: sim.data.apiUsage().limit };
    expect(healthy).toMatchObject({ status: 'ok', details: { apiCalls: { used, limit, remaining: limit - used } } });
    expect(healthy.details).not.toHaveProperty('hiddenFields');
    sim.limits.use(limit - sim.data.apiUsage().used);
    const limited = await runSync(h.deps, h.tenantId, connectorId, { mode: 'incremental', maxAttempts: 1 });
    expect(limited).toMatchObject({ status: 'failed', error: { kind: 'rate_limited', retryable: true, retryAfterMs: 3_600_000 } });
    expect(limited.error?.message).toMatch(/daily API limit reached/);
    expect(await salesforce.healthCheck({ accessToken: '', instanceUrl: api.url }, ctx())).toMatchObject({ status: 'degraded' });
    sim.limits.reset();
    expect(await runSync(h.deps, h.tenantId, connectorId, { mode: 'incremental' })).toMatchObject({ status: 'completed' });
    expect(await forTenant(h.db.prisma, h.tenantId).deadLetters.count(connectorId)).toBe(0);
  }, 120_000);
});
