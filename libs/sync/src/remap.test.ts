import { compileMappings } from '@tributary/core';
import { forTenant } from '@tributary/db';
import { afterEach, describe, expect, it } from 'vitest';
import { remapStream, storedDerived } from './remap.js';
import { runSync } from './run-sync.js';
import { fakeConnector, fakeSource, pipelineHarness, type PipelineHarness } from './testing/index.js';

describe('remapStream: apply a mapping change to stored rows', () => {
  let h: PipelineHarness | undefined;
  afterEach(async () => h?.dispose());

  it('re-maps every stored row from raw in batches without calling the vendor, counting what changed', async () => {
    const source = fakeSource(23, 10);
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    await runSync(h.deps, h.tenantId, id, { mode: 'full' });
    const scope = forTenant(h.db.prisma, h.tenantId);
    await scope.fieldMappings.replace(id, [{ stream: 'contacts', source: 'name', target: 'lastName', transform: 'uppercase' }]);
    const calls = source.calls.length;

    const run = await remapStream(h.deps, h.tenantId, id, 'contacts', { batchRows: 7 });
    expect(await run.finished).toEqual({ status: 'completed', changed: 23, rejected: 0 });
    expect(source.calls).toHaveLength(calls);
    const person = await h.db.prisma.person.findFirstOrThrow({ where: { connectorId: id, externalId: 'p_4' } });
    expect(person).toMatchObject({ lastName: 'PERSON 4', firstName: 'Person 4' });
    expect(await scope.syncLogs.get(run.syncLogId)).toMatchObject({
      syncType: 'remap',
      status: 'completed',
      recordsUpdated: 23,
      recordsRead: 23,
    });

    const again = await remapStream(h.deps, h.tenantId, id, 'contacts');
    expect(await again.finished).toEqual({ status: 'completed', changed: 0, rejected: 0 });
  });

  it('sends rows the new mapping rejects to dead letters and records the run as completed with errors', async () => {
    const source = fakeSource(12, 10);
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    await runSync(h.deps, h.tenantId, id, { mode: 'full' });
    const scope = forTenant(h.db.prisma, h.tenantId);
    await scope.fieldMappings.replace(id, [{ stream: 'contacts', source: 'name', target: 'email', transform: 'none' }]);
    const run = await remapStream(h.deps, h.tenantId, id, 'contacts');
    expect(await run.finished).toMatchObject({ status: 'completed_with_errors', rejected: 12 });
    expect(await scope.deadLetters.count(id)).toBe(12);
    expect(await h.db.prisma.person.count({ where: { connectorId: id, email: { contains: 'example.com' } } })).toBe(12);
  });

  it('refuses a stream the connector does not have', async () => {
    h = await pipelineHarness([fakeConnector(fakeSource(1))]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    await expect(remapStream(h.deps, h.tenantId, id, 'deals')).rejects.toThrow(/has no stream "deals"/);
  });
});

describe('storedDerived', () => {
  it('gives $.-mapped fields their stored values, nested paths included', () => {
    const mappings = compileMappings([
      { stream: 's', source: '$.first', target: 'firstName', transform: 'none' },
      { stream: 's', source: '$.who.kind', target: 'kind', transform: 'none' },
      { stream: 's', source: 'email', target: 'email', transform: 'none' },
    ]);
    expect(storedDerived(mappings, 's', { first_name: 'Ada', kind: 'lead', email: 'a@b.co' })).toEqual({
      first: 'Ada',
      who: { kind: 'lead' },
    });
  });
});
