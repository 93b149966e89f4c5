import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSalesforceSimulator, type SalesforceSimulator } from './simulator.js';
import type { SfError, SfSaveResult } from './types.js';

const NOW = new Date('2025-06-01T00:00:00Z');
const PATH = '/services/data/v62.0/composite/sobjects';

describe('composite sObject collections updates (real HTTP)', () => {
  let sim: SalesforceSimulator;
  let server: RunningServer;
  let token: string;
  beforeAll(async () => {
    sim = createSalesforceSimulator({ seed: 9, accounts: 20, now: () => NOW });
    server = await sim.start();
    token = (await sim.connect(server.url)).accessToken;
  });
  afterAll(() => server.close());

  const patch = async <T>(body: unknown) => {
    const res = await fetch(`${server.url}${PATH}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as T };
  };
  const record = (type: string, id: string | undefined, fields: Record<string, unknown> = { Tributary_Score__c: 7.5 }) => ({
    attributes: { type },
    ...(id ? { id } : {}),
    ...fields,
  });

  it('updates each record on its own (allOrNone false), answers SaveResults in order and moves SystemModstamp', async () => {
    const [contact, lead] = [sim.data.records('Contact')[0], sim.data.records('Lead')[0]];
    const [deleted] = sim.mutate.delete('Account', 1);
    sim.writes.failRecords([lead?.Id ?? '']);
    const { status, body } = await patch<SfSaveResult[]>({
      allOrNone: false,
      records: [
        record('Contact', contact?.Id),
        record('Lead', lead?.Id),
        record('Contact', sim.data.records('Account')[0]?.Id),
        record('Account', deleted),
        record('Contact', undefined),
        record('Contact', sim.data.records('Contact')[1]?.Id, { LastName: 'X' }),
      ],
    });
    sim.writes.clearFailures();
    expect(status).toBe(200);
    expect(body.map((r) => (r.success ? 'ok' : r.errors[0]?.statusCode))).toEqual([
      'ok',
      'UNABLE_TO_LOCK_ROW',
      'MALFORMED_ID',
      'ENTITY_IS_DELETED',
      'MISSING_ARGUMENT',
      'INVALID_FIELD_FOR_INSERT_UPDATE',
    ]);
    expect(body[0]).toEqual({ id: contact?.Id, success: true, errors: [] });
    expect(body[1]).not.toHaveProperty('id');
    const updated = sim.data.byId(contact?.Id ?? '');
    expect(updated).toMatchObject({ Tributary_Score__c: 7.5 });
    // Written now (the frozen clock), to the second.
    expect(updated?.SystemModstamp).toBe(NOW.toISOString().replace('Z', '+0000'));
    const call = sim.writes.calls.at(-1);
    expect(call?.allOrNone).toBe(false);
    expect(call?.writes.map((w) => [w.type, w.success])).toHaveLength(6);
    expect(call?.writes[0]).toEqual({ type: 'Contact', id: contact?.Id, fields: { Tributary_Score__c: 7.5 }, success: true });
  });

  it('rolls every record back when allOrNone is true and one fails', async () => {
    const [a, b] = sim.data.records('Account');
    const before = sim.data.byId(a?.Id ?? '');
    const { body } = await patch<SfSaveResult[]>({
      allOrNone: true,
      records: [record('Account', a?.Id, { Tributary_Score__c: 1 }), record('Account', 'not-an-id')],
    });
    expect(body.map((r) => r.errors[0]?.statusCode)).toEqual(['ALL_OR_NONE_OPERATION_ROLLED_BACK', 'MALFORMED_ID']);
    expect(sim.data.byId(a?.Id ?? '')).toEqual(before);
    expect(b).toBeDefined();
  });

  it('refuses a whole request with unknown fields or types, or more than 200 records', async () => {
    const id = sim.data.records('Contact')[0]?.Id;
    expect((await patch<SfError[]>({ records: [record('Contact', id, { Score__c: 1 })] })).body).toMatchObject([
      { errorCode: 'INVALID_FIELD' },
    ]);
    expect((await patch<SfError[]>({ records: [record('Widget__c', id)] })).body).toMatchObject([{ errorCode: 'INVALID_TYPE' }]);
    const many = Array.from({ length: 201 }, () => record('Contact', id));
    expect(await patch<SfError[]>({ records: many })).toMatchObject({ status: 400, body: [{ errorCode: 'EXCEEDED_ID_LIMIT' }] });
  });
});
