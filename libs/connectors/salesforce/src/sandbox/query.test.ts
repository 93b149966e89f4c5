import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSalesforceSimulator, type SalesforceSimulator } from './simulator.js';
import type { SfError, SfQueryResult } from './types.js';

const NOW = new Date('2025-06-01T00:00:00Z');
const V = '/services/data/v62.0';

describe('SOQL over REST (real HTTP)', () => {
  let sim: SalesforceSimulator;
  let server: RunningServer;
  let token: string;
  beforeAll(async () => {
    sim = createSalesforceSimulator({ seed: 5, accounts: 120, contacts: 250, pageSize: 100, now: () => NOW });
    server = await sim.start();
    token = (await sim.connect(server.url)).accessToken;
  });
  afterAll(() => server.close());

  async function get<T>(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T; headers: Headers }> {
    const res = await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${token}`, ...headers } });
    return { status: res.status, body: (await res.json()) as T, headers: res.headers };
  }
  const query = <T = Record<string, unknown>>(soql: string, resource = 'query') =>
    get<SfQueryResult<T>>(`${V}/${resource}?q=${encodeURIComponent(soql)}`);

  it('pages through nextRecordsUrl until done, every row once, in SystemModstamp order', async () => {
    let page = await query<{ Id: string; SystemModstamp: string }>(
      'SELECT Id, SystemModstamp FROM Contact ORDER BY SystemModstamp ASC, Id ASC',
    );
    expect(page.body).toMatchObject({
      totalSize: 250,
      done: false,
      nextRecordsUrl: expect.stringMatching(/^\/services\/data\/v62\.0\/query\/01g\w{15}-100$/),
    });
    const rows = [...page.body.records];
    while (!page.body.done) {
      page = await get(page.body.nextRecordsUrl ?? '');
      rows.push(...page.body.records);
    }
    expect(rows).toHaveLength(250);
    expect(new Set(rows.map((r) => r.Id)).size).toBe(250);
    const stamps = rows.map((r) => Date.parse(r.SystemModstamp));
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
    expect(rows[0]).toMatchObject({ attributes: { type: 'Contact', url: `${V}/sobjects/Contact/${rows[0]?.Id}` } });
  });

  it('honours Sforce-Query-Options batchSize as a hint of 200 to 2,000, capped by the page size', async () => {
    const soql = encodeURIComponent('SELECT Id FROM Contact');
    const hinted = await get<SfQueryResult>(`${V}/query?q=${soql}`, { 'Sforce-Query-Options': 'batchSize=50' });
    expect(hinted.body.records).toHaveLength(100);
  });

  it('filters by datetime, boolean and IN, sorts, limits, and renders lookups and child subqueries', async () => {
    const contacts = sim.data.records('Contact');
    const cutoff = contacts[100]?.SystemModstamp ?? '';
    const newer = contacts.filter((c) => Date.parse(c.SystemModstamp) > Date.parse(cutoff)).length;
    expect((await query(`SELECT Id FROM Contact WHERE SystemModstamp > ${new Date(cutoff).toISOString()}`)).body.totalSize).toBe(newer);
    const limited = await query<{ LastName: string }>('SELECT LastName FROM Contact ORDER BY LastName DESC LIMIT 3');
    expect(limited.body.records.map((r) => r.LastName)).toEqual(
      contacts
        .map((c) => c.LastName)
        .sort((a, b) => b.toLowerCase().localeCompare(a.toLowerCase()))
        .slice(0, 3),
    );
    const deal = sim.data.records('Opportunity').find((o) => o.AccountId !== null);
    const one = await query<Record<string, unknown>>(
      `SELECT Id, Account.Name, (SELECT ContactId, Contact.Email FROM OpportunityContactRoles ORDER BY ContactId) FROM Opportunity WHERE Id IN ('${deal?.Id}')`,
    );
    const account = sim.data.byId(deal?.AccountId ?? '');
    expect(one.body.records[0]).toMatchObject({
      Account: { attributes: { type: 'Account' }, Name: account && 'Name' in account ? account.Name : '' },
      OpportunityContactRoles: {
        totalSize: 2,
        done: true,
        records: [expect.objectContaining({ Contact: expect.anything() }), expect.anything()],
      },
    });
  });

  it('hides deleted rows from query and shows them, IsDeleted and restamped, through queryAll', async () => {
    const [deleted] = sim.mutate.delete('Lead', 1);
    const soql = `SELECT Id, IsDeleted, SystemModstamp FROM Lead WHERE Id = '${deleted}'`;
    expect((await query(soql)).body.totalSize).toBe(0);
    const all = await query<{ IsDeleted: boolean; SystemModstamp: string }>(soql, 'queryAll');
    expect(all.body.records[0]).toMatchObject({ IsDeleted: true });
    expect(all.body.records[0]?.SystemModstamp).toBe(NOW.toISOString().replace('Z', '+0000'));
  });

  it('expires query locators: INVALID_QUERY_LOCATOR, and a locator only works for its own session', async () => {
    const first = await query('SELECT Id FROM Contact');
    const other = (await sim.connect(server.url)).accessToken;
    const foreign = await fetch(`${server.url}${first.body.nextRecordsUrl}`, { headers: { Authorization: `Bearer ${other}` } });
    expect(foreign.status).toBe(401);
    sim.expireQueryLocators();
    const expired = await get<SfError[]>(first.body.nextRecordsUrl ?? '');
    expect(expired).toMatchObject({ status: 400, body: [{ errorCode: 'INVALID_QUERY_LOCATOR', message: 'invalid query locator' }] });
  });

  it('rejects unknown objects and fields, and mistyped literals, like Salesforce', async () => {
    expect((await query('SELECT Id FROM Widget')).body).toMatchObject([{ errorCode: 'INVALID_TYPE' }]);
    expect((await query('SELECT Nmae FROM Account')).body).toMatchObject([
      { errorCode: 'INVALID_FIELD', message: expect.stringContaining("No such column 'Nmae' on entity 'Account'") },
    ]);
    expect((await query("SELECT Id FROM Account WHERE SystemModstamp > '2025-01-01'")).status).toBe(400);
    expect((await query('SELECT Id, (SELECT Id FROM Widgets) FROM Account')).body).toMatchObject([{ errorCode: 'INVALID_TYPE' }]);
    expect((await get(`${V}/query`)).body).toMatchObject([{ errorCode: 'MALFORMED_QUERY' }]);
  });

  it('answers 401 INVALID_SESSION_ID without a valid session, 404 for unknown versions and paths, always as an array', async () => {
    const anonymous = await fetch(`${server.url}${V}/limits`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
    expect((await get('/services/data/v99.0/limits')).body).toEqual([
      { errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' },
    ]);
    expect((await get(`${V}/nothing-here`)).status).toBe(404);
    const versions = await fetch(`${server.url}/services/data/`);
    expect(versions.status).toBe(200);
  });

  it('sends Sforce-Limit-Info on every REST response, errors included', async () => {
    const ok = await get(`${V}/limits`);
    const bad = await query('SELECT Id FROM Widget');
    for (const res of [ok, bad]) expect(res.headers.get('sforce-limit-info')).toMatch(/^api-usage=\d+\/100000$/);
  });

  it('serves single-currency orgs without CurrencyIsoCode or CurrencyType', async () => {
    const single = createSalesforceSimulator({ seed: 5, accounts: 3, multiCurrency: false, currency: 'eur', now: () => NOW });
    const app = single.app;
    const login = await single.start();
    const t = (await single.connect(login.url)).accessToken;
    const ask = async (soql: string) =>
      (await app.request(`${V}/query?q=${encodeURIComponent(soql)}`, { headers: { Authorization: `Bearer ${t}` } })).json();
    expect(await ask('SELECT CurrencyIsoCode FROM Opportunity')).toMatchObject([{ errorCode: 'INVALID_FIELD' }]);
    expect(await ask('SELECT IsoCode FROM CurrencyType')).toMatchObject([{ errorCode: 'INVALID_TYPE' }]);
    expect(await ask('SELECT DefaultCurrencyIsoCode FROM Organization')).toMatchObject({ records: [{ DefaultCurrencyIsoCode: 'EUR' }] });
    await login.close();
  });
});
