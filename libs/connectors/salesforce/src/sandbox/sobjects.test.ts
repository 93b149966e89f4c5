import type { RunningServer } from '@tributary/sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import { createSalesforceSimulator, type SalesforceSimulator } from './simulator.js';
import type { SalesforceSimulatorOptions } from './options.js';

const NOW = Date.parse('2025-06-01T12:00:00Z');
const DAY = 86_400_000;
const V = '/services/data/v62.0';

describe('describe, field-level security, getDeleted and the Recycle Bin', () => {
  let clock = NOW;
  let sim: SalesforceSimulator;
  let server: RunningServer | undefined;
  let token = '';
  async function start(options: Partial<SalesforceSimulatorOptions> = {}) {
    clock = NOW;
    sim = createSalesforceSimulator({ seed: 8, accounts: 20, now: () => new Date(clock), ...options });
    server = await sim.start();
    token = (await sim.connect(server.url)).accessToken;
  }
  afterEach(() => server?.close());
  const get = async (path: string) => {
    const res = await fetch(`${server?.url}${V}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> & Array<Record<string, unknown>> };
  };
  const fieldsOf = async (object: string) =>
    ((await get(`/sobjects/${object}/describe`)).body['fields'] as Array<{ name: string }>).map((f) => f.name);
  const deleted = (object: string, start: number, end: number) =>
    get(`/sobjects/${object}/deleted/?start=${new Date(start).toISOString()}&end=${new Date(end).toISOString()}`);

  it('describes an object with the fields the integration user can read; a hidden field is "No such column" in SOQL', async () => {
    await start({ hiddenFields: { Account: ['AnnualRevenue'] } });
    const described = await get('/sobjects/Account/describe');
    expect(described.body).toMatchObject({ name: 'Account', keyPrefix: '001', queryable: true, replicateable: true });
    expect(await fieldsOf('Account')).toEqual(expect.arrayContaining(['Id', 'Name', 'Industry', 'SystemModstamp']));
    expect(await fieldsOf('Account')).not.toContain('AnnualRevenue');
    const q = await get(`/query?q=${encodeURIComponent('SELECT Id, AnnualRevenue FROM Account')}`);
    expect(q.status).toBe(400);
    expect(q.body[0]).toMatchObject({
      errorCode: 'INVALID_FIELD',
      message: expect.stringContaining("No such column 'AnnualRevenue' on entity 'Account'"),
    });
    sim.fieldSecurity.hide('Task', ['TaskSubtype']);
    expect(await fieldsOf('Task')).not.toContain('TaskSubtype');
    sim.fieldSecurity.show('Account', ['AnnualRevenue']);
    expect((await get(`/query?q=${encodeURIComponent('SELECT Id, AnnualRevenue FROM Account')}`)).status).toBe(200);
    expect((await get('/sobjects/Nope/describe')).status).toBe(404);
  });

  it('hides a field behind a lookup and in a child subquery too', async () => {
    await start({ hiddenFields: { Contact: ['Email'] } });
    const soql = 'SELECT Id, (SELECT IsPrimary, Contact.Email FROM OpportunityContactRoles) FROM Opportunity';
    expect((await get(`/query?q=${encodeURIComponent(soql)}`)).body[0]).toMatchObject({ errorCode: 'INVALID_FIELD' });
  });

  it('lists deletions still in the Recycle Bin with earliestDateAvailable, to the minute, and purges after recycleBinDays', async () => {
    await start({ recycleBinDays: 3 });
    const [first] = sim.mutate.delete('Lead', 1);
    clock += DAY;
    const [second] = sim.mutate.delete('Lead', 1);
    const answer = await deleted('Lead', NOW - 60_000, clock);
    expect(answer.body['deletedRecords']).toEqual([
      { id: first, deletedDate: '2025-06-01T12:00:00.000+0000' },
      { id: second, deletedDate: '2025-06-02T12:00:00.000+0000' },
    ]);
    const start0 = Date.parse(String(answer.body['earliestDateAvailable']));
    expect(start0).toBeLessThan(NOW - 365 * DAY);
    expect(answer.body['latestDateCovered']).toBe('2025-06-02T12:00:00.000+0000');
    clock += 2.5 * DAY;
    // The first deletion is now older than the bin keeps: purged, and earliestDateAvailable moves past it.
    const later = await deleted('Lead', clock - DAY, clock);
    expect(later.body['deletedRecords']).toEqual([]);
    expect(later.body['earliestDateAvailable']).toBe('2025-06-01T12:00:00.000+0000');
    const tooOld = await deleted('Lead', NOW - 60_000, clock);
    expect(tooOld).toMatchObject({ status: 400, body: [{ errorCode: 'INVALID_REPLICATION_DATE' }] });
    expect((await deleted('Lead', clock - 30_000, clock)).body[0]).toMatchObject({ errorCode: 'INVALID_REPLICATION_DATE' });
  });

  it('purges every deleted record when an administrator empties the Recycle Bin', async () => {
    await start();
    const [lead] = sim.mutate.delete('Lead', 1);
    const inBin = async () => {
      const q = encodeURIComponent(`SELECT Id FROM Lead WHERE Id = '${lead}'`);
      return (await get(`/queryAll?q=${q}`)).body['totalSize'];
    };
    expect(await inBin()).toBe(1);
    clock += 60 * 60_000;
    sim.recycleBin.empty();
    expect(await inBin()).toBe(0);
    clock += 10 * 60_000;
    const answer = await deleted('Lead', clock - 5 * 60_000, clock);
    expect(answer.body['earliestDateAvailable']).toBe('2025-06-01T12:00:00.000+0000');
    expect((await deleted('Lead', NOW - 60_000, clock)).body[0]).toMatchObject({ errorCode: 'INVALID_REPLICATION_DATE' });
  });

  it('orders and compares ids case-sensitively by their 15-character form, and refuses a malformed id literal', async () => {
    await start({ pageSize: 200 });
    const all = (
      (await get(`/query?q=${encodeURIComponent('SELECT Id FROM Contact ORDER BY Id ASC')}`)).body['records'] as Array<{
        Id: string;
      }>
    ).map((r) => r.Id);
    expect(all).toEqual([...all].sort());
    const middle = all[Math.floor(all.length / 2)] ?? '';
    const after = await get(`/query?q=${encodeURIComponent(`SELECT Id FROM Contact WHERE Id > '${middle.slice(0, 15)}' ORDER BY Id`)}`);
    expect((after.body['records'] as Array<{ Id: string }>).map((r) => r.Id)).toEqual(all.filter((id) => id > middle));
    const bad = await get(`/query?q=${encodeURIComponent("SELECT Id FROM Contact WHERE Id > '003'")}`);
    expect(bad.body[0]).toMatchObject({
      errorCode: 'INVALID_QUERY_FILTER_OPERATOR',
      message: expect.stringContaining('invalid ID field: 003'),
    });
  });
});
