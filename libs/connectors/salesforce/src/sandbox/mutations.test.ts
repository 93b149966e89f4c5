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

  it('moves SystemModstamp strictly past everything on every change, even with a frozen clock', () => {
    const sim = make();
    const updated = sim.mutate.update('Contact', 3);
    const created = sim.mutate.create('Opportunity', 2);
    const stamps = [...updated, ...created].map((id) => Date.parse(sim.data.byId(id)?.SystemModstamp ?? ''));
    expect(stamps.every((s, i) => s > NOW.getTime() && (i === 0 || s > (stamps[i - 1] ?? 0)))).toBe(true);
    expect(sim.data.byId(created[0] ?? '')).toMatchObject({ CreatedDate: sim.data.byId(created[0] ?? '')?.SystemModstamp });
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
