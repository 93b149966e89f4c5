import { createConnectorContext } from '@tributary/core';
import { diffStored, pipelineHarness, runSync, type PipelineHarness } from '@tributary/conformance';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesforce } from '../connector.js';
import { createSalesforceSimulator, type SalesforceSimulator } from '../sandbox/index.js';
import { salesforceExpected } from '../testing/expected.js';

const server = process.env['TRIBUTARY_DB_TARGET'] === 'server';
const FAST_HTTP = { retryBaseMs: 5, retryCapMs: 50 };

/** Field-level security hides fields from the integration user: the connector describes each object and selects only what it can read. */
describe(`Salesforce fields the integration user cannot read, on ${server ? 'a PostgreSQL server' : 'PGlite'}`, () => {
  let sim: SalesforceSimulator;
  let api: RunningServer;
  let h: PipelineHarness;
  let id: string;
  const soql = (from: number, object: string) =>
    sim.requests.all
      .slice(from)
      .filter((r) => r.path.endsWith('/queryAll'))
      .map((r) => r.query['q']?.[0] ?? '')
      .filter((q) => q.includes(` FROM ${object} `));
  /** The org as the integration user sees it: hidden account fields are empty. */
  const expected = () => {
    const all = salesforceExpected(sim);
    const account = new Map([...(all.account ?? [])].map(([key, a]) => [key, { ...a, industry: undefined, annualRevenue: undefined }]));
    return { ...all, account };
  };

  const check = async () => {
    const { accessToken } = await sim.connect(api.url);
    const ctx = createConnectorContext(salesforce, { accessToken }, salesforce.settingsSchema.parse({}), {
      baseUrl: api.url,
      http: FAST_HTTP,
    });
    return salesforce.healthCheck({ accessToken, instanceUrl: api.url }, ctx);
  };

  beforeAll(async () => {
    sim = createSalesforceSimulator({
      seed: 17,
      accounts: 40,
      pageSize: 100,
      hiddenFields: { Account: ['AnnualRevenue', 'Industry'], Task: ['TaskSubtype'] },
    });
    api = await sim.start();
    h = await pipelineHarness([salesforce], { server, deps: { connectionOptions: () => ({ baseUrl: api.url, http: FAST_HTTP }) } });
    id = await h.connect('salesforce', { tokens: await sim.connect(api.url) });
  }, 120_000);
  afterAll(async () => {
    await h?.dispose();
    await api?.close();
  });

  it('syncs every object, selecting only the readable fields (described once per run) and storing the hidden ones empty', async () => {
    const outcome = await runSync(h.deps, h.tenantId, id, { mode: 'full' });
    expect(outcome).toMatchObject({ status: 'completed', failed: 0 });
    expect(await diffStored(h.db.prisma, { tenantId: h.tenantId, connectorId: id }, expected())).toEqual([]);
    const [account] = soql(0, 'Account');
    expect(account).toContain('Name, Website, NumberOfEmployees FROM Account');
    expect(soql(0, 'Task')[0]).not.toContain('TaskSubtype');
    const described = sim.requests.all.filter((r) => r.path.endsWith('/describe')).map((r) => r.path.split('/')[5]);
    // Each object once, and Contact again for the deals' contact-role subquery (Contact.Email).
    expect(described.sort()).toEqual(['Account', 'Contact', 'Contact', 'Event', 'Lead', 'Opportunity', 'OpportunityContactRole', 'Task']);
  }, 120_000);

  it('shows the hidden fields on health and says plainly what stays empty', async () => {
    const health = await check();
    expect(health.status).toBe('degraded');
    expect(health.details?.['hiddenFields']).toEqual([
      { field: 'Account.Industry', feeds: ['account.industry'] },
      { field: 'Account.AnnualRevenue', feeds: ['account.annualRevenue'] },
      { field: 'Task.TaskSubtype', feeds: ['activity.type'] },
    ]);
    expect(health.message).toContain('cannot read 3 fields Tributary maps (field-level security): Account.Industry (account.industry)');
    expect(health.message).toContain('Task.TaskSubtype (activity.type)');
  }, 60_000);

  it('follows a change of field-level security at the next run: a hidden Contact.Email drops the contact-role subquery instead of failing', async () => {
    sim.fieldSecurity.hide('Contact', ['Email']);
    sim.mutate.update('Opportunity', 5);
    const before = sim.requests.count();
    expect(await runSync(h.deps, h.tenantId, id, { mode: 'incremental' })).toMatchObject({ status: 'completed', failed: 0 });
    const [deals] = soql(before, 'Opportunity');
    expect(deals).not.toContain('OpportunityContactRoles');
    expect(soql(before, 'Contact')[0]).not.toContain('Email');
    sim.fieldSecurity.show('Contact', ['Email']);
    sim.fieldSecurity.show('Account', ['AnnualRevenue', 'Industry']);
    sim.fieldSecurity.show('Task', ['TaskSubtype']);
    expect(await check()).toMatchObject({ status: 'ok' });
  }, 120_000);
});
