import { describe, expect, it } from 'vitest';
import { idChecksum, salesforceIdCodec } from './ids.js';
import { createSalesforceSimulator } from './simulator.js';

const NOW = new Date('2025-06-01T00:00:00Z');
const make = () => createSalesforceSimulator({ seed: 4, accounts: 30, now: () => NOW });

describe('Salesforce ids', () => {
  it('computes the 18-character checksum Salesforce uses and decodes both lengths', () => {
    expect(idChecksum('001A0000006Vm9r')).toBe('IAC');
    const codec = salesforceIdCodec('003', 4);
    const id = codec.encode(1234);
    expect(id).toMatch(/^003[a-zA-Z0-9]{15}$/);
    const wrong = id.endsWith('AAA') ? 'BBB' : 'AAA';
    expect([codec.decode(id), codec.decode(id.slice(0, 15)), codec.decode(`${id.slice(0, 15)}${wrong}`), codec.decode('003nope')]).toEqual([
      1234,
      1234,
      undefined,
      undefined,
    ]);
  });
});

describe('generated org and vendor-side changes', () => {
  it('generates the same org from the same seed, with history before now', () => {
    const [a, b] = [make(), make()];
    expect(a.data.records('Opportunity')).toEqual(b.data.records('Opportunity'));
    for (const c of a.data.records('Contact')) expect(Date.parse(c.SystemModstamp)).toBeLessThan(NOW.getTime());
    expect(a.data.records('Contact')).toHaveLength(90);
    expect(a.data.count('OpportunityContactRole')).toBe(60);
  });

  it('stamps changes to the second, as Salesforce keeps SystemModstamp: changes within one second share a stamp', () => {
    let clock = NOW.getTime() + 400;
    const sim = createSalesforceSimulator({ seed: 4, accounts: 30, now: () => new Date(clock) });
    const generated = sim.data.records('Contact').map((c) => Date.parse(c.SystemModstamp));
    expect(generated.every((s) => s % 1000 === 0)).toBe(true);
    const [a] = sim.mutate.update('Contact', 1);
    clock += 500;
    const [b] = sim.mutate.create('Opportunity', 1);
    clock += 200;
    const [c] = sim.mutate.update('Lead', 1);
    const stamp = (id: string | undefined) => sim.data.byId(id ?? '')?.SystemModstamp;
    expect([stamp(a), stamp(b), stamp(c)]).toEqual([
      '2025-06-01T00:00:00.000+0000',
      '2025-06-01T00:00:00.000+0000',
      '2025-06-01T00:00:01.000+0000',
    ]);
    expect(sim.data.byId(b ?? '')).toMatchObject({ CreatedDate: stamp(b) });
  });

  it('commits changes late: visible now, stamped when their transaction began, at or before stamps already read', async () => {
    let clock = NOW.getTime() + 10_000;
    const sim = createSalesforceSimulator({ seed: 4, accounts: 30, now: () => new Date(clock) });
    const server = await sim.start();
    const { accessToken } = await sim.connect(server.url);
    const ids = async (where: string) => {
      const q = encodeURIComponent(`SELECT Id FROM Contact WHERE ${where}`);
      const res = await fetch(`${server.url}/services/data/v62.0/queryAll?q=${q}`, { headers: { Authorization: `Bearer ${accessToken}` } });
      return ((await res.json()) as { records: Array<{ Id: string }> }).records.map((r) => r.Id);
    };
    const [seen] = sim.mutate.update('Contact', 1);
    const watermark = sim.data.byId(seen ?? '')?.SystemModstamp ?? '';
    expect(await ids(`SystemModstamp >= ${new Date(watermark).toISOString()}`)).toEqual([seen]);
    clock += 1_500;
    const [late] = sim.mutate.update('Contact', 1, { lateMs: 4_000 });
    expect(Date.parse(sim.data.byId(late ?? '')?.SystemModstamp ?? '')).toBeLessThan(Date.parse(watermark));
    // A strict (or even an inclusive) read from the watermark never sees it; one that re-reads an overlap does.
    expect(await ids(`SystemModstamp > ${new Date(watermark).toISOString()}`)).toEqual([]);
    expect(await ids(`SystemModstamp >= ${new Date(Date.parse(watermark) - 300_000).toISOString()}`)).toEqual(
      expect.arrayContaining([seen, late]),
    );
    await server.close();
  });

  it('cascades deletes as Salesforce does: an account takes its contacts, deals, their roles and activities', () => {
    const sim = make();
    const [account] = sim.mutate.delete('Account', 1);
    const orphans = (['Contact', 'Opportunity', 'Task', 'Event'] as const).flatMap((o) =>
      sim.data.records(o).filter((r) => r.AccountId === account),
    );
    expect(orphans).toEqual([]);
    expect(sim.data.deletedIds('Contact').length + sim.data.deletedIds('Opportunity').length).toBeGreaterThan(0);
    const gone = new Set(sim.data.deletedIds('Opportunity'));
    expect(sim.data.records('OpportunityContactRole').filter((r) => gone.has(r.OpportunityId))).toEqual([]);
  });

  it('keeps deleted rows in queryAll for 15 days (the recycle bin), then purges them', async () => {
    let clock = NOW.getTime();
    const sim = createSalesforceSimulator({ seed: 4, accounts: 5, now: () => new Date(clock) });
    const server = await sim.start();
    const { accessToken } = await sim.connect(server.url);
    const [lead] = sim.mutate.delete('Lead', 1);
    const count = async () => {
      const res = await fetch(
        `${server.url}/services/data/v62.0/queryAll?q=${encodeURIComponent(`SELECT Id FROM Lead WHERE Id = '${lead}'`)}`,
        { headers: { Authorization: `Bearer ${accessToken}` } },
      );
      return ((await res.json()) as { totalSize: number }).totalSize;
    };
    expect(await count()).toBe(1);
    clock += 16 * 86_400_000;
    expect(await count()).toBe(0);
    await server.close();
  });
});
