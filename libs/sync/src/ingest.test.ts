import type { SyncRecord } from '@tributary/core';
import { forTenant } from '@tributary/db';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestRecords } from './ingest.js';
import { runSync } from './run-sync.js';
import { fakeConnector, fakeSource, pipelineHarness, type FakeRow, type PipelineHarness } from './testing/index.js';

const records = (rows: readonly FakeRow[]): SyncRecord[] => rows.map((raw) => ({ stream: 'contacts', raw }));

/** A connector's people as stored, minus what differs by design between two connectors (ids, timestamps). */
const stored = async (h: PipelineHarness, connectorId: string) =>
  (await h.db.prisma.person.findMany({ where: { tenantId: h.tenantId, connectorId }, orderBy: { externalId: 'asc' } })).map(
    ({ tenantId: _t, connectorId: _c, createdAt: _cr, updatedAt: _u, ...row }) => row,
  );

describe('ingestRecords (webhook deliveries through the sync pipeline)', () => {
  let h: PipelineHarness | undefined;
  afterEach(async () => h?.dispose());

  it('stores a webhook row exactly as a sync stores the same record, tenant mapping overrides included', async () => {
    const source = fakeSource(12, 5);
    source.rows[4] = { id: 'p_4', email: '  MIXED@Example.com ', name: 'Ada' };
    h = await pipelineHarness([fakeConnector(source, 'synced'), fakeConnector(fakeSource(0), 'pushed')]);
    const synced = await h.connect('synced', { apiKey: 'key_0123456789' });
    const pushed = await h.connect('pushed', { apiKey: 'key_0123456789' });
    const override = [{ stream: 'contacts', source: 'name', target: 'lastName', transform: 'uppercase' as const }];
    for (const id of [synced, pushed]) await forTenant(h.db.prisma, h.tenantId).fieldMappings.replace(id, override);

    await runSync(h.deps, h.tenantId, synced, { mode: 'full' });
    const result = await ingestRecords(h.deps, h.tenantId, pushed, { records: records(source.rows), source: 'webhook', eventId: 'evt_1' });

    expect(result).toMatchObject({ status: 'applied', created: 12, updated: 0, failed: 0, deadLettered: false });
    const rows = await stored(h, pushed);
    expect(rows).toEqual(await stored(h, synced));
    expect(rows.find((r) => r.externalId === 'p_4')).toMatchObject({ email: 'mixed@example.com', lastName: 'ADA' });
    // The synced connector receiving the same records by webhook: nothing to change.
    expect(
      await ingestRecords(h.deps, h.tenantId, synced, { records: records(source.rows), source: 'webhook', eventId: 'evt_2' }),
    ).toMatchObject({ status: 'applied', created: 0, updated: 0 });
  });

  it('turns a malformed webhook row into a dead letter with its reason, in the delivery’s own sync log', async () => {
    h = await pipelineHarness([fakeConnector(fakeSource(0))]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    const delivery = {
      records: records([
        { id: 'p_1', email: 'ok@example.com' },
        { id: 'p_2', email: 'not-an-email' },
      ]),
      rejected: [{ stream: 'contacts', externalId: 'p_3', reason: 'Unreadable event payload', raw: { id: 'p_3' } }],
      source: 'webhook' as const,
      eventId: 'evt_bad',
    };
    const result = await ingestRecords(h.deps, h.tenantId, id, delivery);

    expect(result).toMatchObject({ status: 'applied', created: 1, failed: 2 });
    const syncLogId = result.status === 'applied' ? result.syncLogId : '';
    const letters = await forTenant(h.db.prisma, h.tenantId).deadLetters.list(id);
    expect(letters.find((l) => l.externalId === 'p_2')).toMatchObject({
      kind: 'record',
      stream: 'contacts',
      reason: expect.stringMatching(/^email: /),
      payload: { id: 'p_2', email: 'not-an-email' },
      syncLogId,
    });
    expect(letters.find((l) => l.externalId === 'p_3')).toMatchObject({ reason: 'Unreadable event payload', syncLogId });
    expect(await h.db.prisma.syncLog.findUniqueOrThrow({ where: { id: syncLogId } })).toMatchObject({
      syncType: 'webhook',
      status: 'completed',
      trigger: 'webhook',
      recordsCreated: 1,
      recordsFailed: 2,
      pages: 1,
    });
  });

  it('writes nothing for an event id it has ingested before, and never moves the cursor', async () => {
    const source = fakeSource(3, 10);
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    await runSync(h.deps, h.tenantId, id, { mode: 'full' });
    const before = await h.db.prisma.connector.findUniqueOrThrow({ where: { id } });
    const changed = records([{ id: 'p_0', email: 'new@example.com' }]);

    expect(await ingestRecords(h.deps, h.tenantId, id, { records: changed, source: 'webhook', eventId: 'evt_9' })).toMatchObject({
      status: 'applied',
      updated: 1,
    });
    const replay = records([{ id: 'p_0', email: 'old@example.com' }]);
    expect(await ingestRecords(h.deps, h.tenantId, id, { records: replay, source: 'webhook', eventId: 'evt_9' })).toEqual({
      status: 'replayed',
      created: 0,
      updated: 0,
      failed: 0,
      deadLettered: false,
    });

    expect((await h.db.prisma.person.findFirstOrThrow({ where: { connectorId: id, externalId: 'p_0' } })).email).toBe('new@example.com');
    expect(await h.db.prisma.syncLog.count({ where: { connectorId: id, syncType: 'webhook' } })).toBe(1);
    expect((await h.db.prisma.connector.findUniqueOrThrow({ where: { id } })).lastSyncCursor).toBe(before.lastSyncCursor);
  });

  it('tombstones a deleted record, and dead-letters a delivery it cannot write whole (recorded, so not retried forever)', async () => {
    h = await pipelineHarness([fakeConnector(fakeSource(0))]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    await ingestRecords(h.deps, h.tenantId, id, { records: records([{ id: 'p_1' }, { id: 'p_2' }]), source: 'webhook', eventId: 'e1' });
    const deleted: SyncRecord = { stream: 'contacts', raw: { id: 'p_1' }, deleted: true };
    expect(await ingestRecords(h.deps, h.tenantId, id, { records: [deleted], source: 'webhook', eventId: 'e2' })).toMatchObject({
      updated: 1,
    });
    expect((await h.db.prisma.person.findFirstOrThrow({ where: { connectorId: id, externalId: 'p_1' } })).deletedAt).toBeInstanceOf(Date);

    const poison = records([{ id: 'p_3', name: 'bad\u0000name' }]);
    expect(await ingestRecords(h.deps, h.tenantId, id, { records: poison, source: 'webhook', eventId: 'e3' })).toMatchObject({
      status: 'applied',
      failed: 1,
      deadLettered: true,
    });
    const batch = (await forTenant(h.db.prisma, h.tenantId).deadLetters.list(id)).find((l) => l.kind === 'batch');
    expect(batch).toMatchObject({ reason: expect.stringMatching(/^Batch failed to write after retries/), payload: { cursor: null } });
    expect(await ingestRecords(h.deps, h.tenantId, id, { records: poison, source: 'webhook', eventId: 'e3' })).toMatchObject({
      status: 'replayed',
    });
  });
});
