import { compileMappings, mergeMappings, type StreamSpec, type SyncRecord } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { addToBatch, batchSize, emptyBatch } from './quality.js';

const streams = new Map<string, StreamSpec>([
  ['people', { name: 'people', entity: 'person', description: 'p', primaryKey: 'id', incremental: true }],
  ['companies', { name: 'companies', entity: 'account', description: 'c', primaryKey: 'id', incremental: true }],
  ['payments', { name: 'payments', entity: 'charge', description: 'x', primaryKey: 'id', incremental: true }],
]);
const mappings = compileMappings(
  mergeMappings([
    { stream: 'people', source: 'id', target: 'externalId' },
    { stream: 'people', source: 'contact.email', target: 'email' },
    { stream: 'companies', source: 'id', target: 'externalId' },
    { stream: 'companies', source: 'name', target: 'name' },
    { stream: 'companies', source: 'website', target: 'domain' },
    { stream: 'companies', source: 'size', target: 'employeeCount' },
    { stream: 'payments', source: 'id', target: 'externalId' },
    { stream: 'payments', source: 'amount', target: 'amount' },
    { stream: 'payments', source: 'currency', target: 'currency' },
    { stream: 'payments', source: 'status', target: 'status' },
    { stream: 'payments', source: 'ts', target: 'occurredAt' },
  ]),
);

const clean = (records: SyncRecord[]) => {
  const batch = emptyBatch();
  addToBatch(batch, records, [], streams, mappings);
  return batch;
};

describe('quality stage', () => {
  it('coerces types: numeric strings, epoch seconds and ISO dates, emails, domains from URLs', () => {
    const batch = clean([
      { stream: 'people', raw: { id: 7, contact: { email: '  Jo.Doe@Example.COM ' } } },
      { stream: 'companies', raw: { id: 'c1', name: 'Acme', website: 'https://www.Acme.com/about', size: '250' } },
      { stream: 'payments', raw: { id: 'p1', amount: '1999', currency: 'usd', status: 'succeeded', ts: 1767225600 } },
      { stream: 'payments', raw: { id: 'p2', amount: 5, currency: 'eur', status: 'succeeded', ts: '2026-01-01T00:00:00Z' } },
    ]);
    expect(batch.rejects).toEqual([]);
    expect(batch.upserts.get('person')?.get('7')?.record).toMatchObject({ externalId: '7', email: 'jo.doe@example.com' });
    expect(batch.upserts.get('account')?.get('c1')?.record).toMatchObject({ domain: 'acme.com', employeeCount: 250 });
    const p1 = batch.upserts.get('charge')?.get('p1')?.record;
    expect(p1).toMatchObject({ amount: 1999, currency: 'USD', amountRefunded: 0 });
    expect((p1?.['occurredAt'] as Date).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect((batch.upserts.get('charge')?.get('p2')?.record['occurredAt'] as Date).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('rejects invalid rows with the raw row and a reason, and keeps the valid ones', () => {
    const batch = clean([
      { stream: 'people', raw: { contact: { email: 'x@y.co' } } },
      { stream: 'people', raw: { id: 'ok', contact: { email: 'not-an-email' } } },
      { stream: 'payments', raw: { id: 'p3', amount: 'abc', currency: 'dollars', status: 'x', ts: 'yesterday' } },
      { stream: 'nowhere', raw: { id: 'z' } },
      { stream: 'people', raw: { id: 'good', contact: { email: 'good@example.com' } } },
    ]);
    expect(batch.rejects.map((r) => r.reason)).toEqual([
      expect.stringContaining('externalId'),
      expect.stringContaining('email'),
      expect.stringMatching(/amount.*currency.*occurredAt/),
      'Unknown stream "nowhere"',
    ]);
    expect(batch.rejects[2]).toMatchObject({ kind: 'record', stream: 'payments', externalId: 'p3', payload: { id: 'p3', amount: 'abc' } });
    expect([...(batch.upserts.get('person')?.keys() ?? [])]).toEqual(['good']);
  });

  it('dedupes by external id with the last record winning, across pages of one batch', () => {
    const batch = emptyBatch();
    addToBatch(batch, [{ stream: 'people', raw: { id: 'a', contact: { email: 'old@x.co' } } }], [], streams, mappings);
    addToBatch(batch, [{ stream: 'people', raw: { id: 'a', contact: { email: 'new@x.co' } } }], [], streams, mappings);
    expect(batch.duplicates).toBe(1);
    expect(batchSize(batch)).toBe(1);
    expect(batch.upserts.get('person')?.get('a')?.record['email']).toBe('new@x.co');
  });

  it('lets the last operation on an id win between an update and a delete', () => {
    const batch = clean([
      { stream: 'people', raw: { id: 'a', contact: {} } },
      { stream: 'people', raw: { id: 'a' }, deleted: true },
      { stream: 'people', raw: { id: 'b' }, deleted: true },
      { stream: 'people', raw: { id: 'b', contact: {} } },
      { stream: 'people', raw: { name: 'no id' }, deleted: true },
    ]);
    expect([...(batch.tombstones.get('person') ?? [])]).toEqual(['a']);
    expect([...(batch.upserts.get('person')?.keys() ?? [])]).toEqual(['b']);
    expect(batch.rejects[0]?.reason).toMatch(/Deleted record without "id"/);
  });

  it('passes connector-side rejections through as dead letters', () => {
    const batch = emptyBatch();
    addToBatch(
      batch,
      [],
      [{ stream: 'payments', raw: { id: 'bad' }, reason: 'amount: expected number', externalId: 'bad' }],
      streams,
      mappings,
    );
    expect(batch.rejects).toEqual([
      { kind: 'record', stream: 'payments', externalId: 'bad', reason: 'amount: expected number', payload: { id: 'bad' } },
    ]);
  });
});
