import { TransientError } from '@tributary/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { beginSync } from './begin-sync.js';
import { pumpPages } from './pump.js';
import { openSession } from './session.js';
import { syncBatch } from './sync-batch.js';
import { fakeConnector, fakeSource, pipelineHarness, type PipelineHarness } from './testing/index.js';

const offsetOf = (cursor: string | null) => (cursor === null ? null : (JSON.parse(cursor) as { offset: number }).offset);

describe('pumpPages (the reader and writer runSync and syncBatch share)', () => {
  let h: PipelineHarness | undefined;
  afterEach(async () => h?.dispose());

  it('fetches the next page while a batch is written, with one write in flight at a time, in page order', async () => {
    const source = fakeSource(40, 10);
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    const session = await openSession(h.deps, h.tenantId, id, 'full');
    const written: (number | null)[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    let release: () => void = () => undefined;
    const firstWriteHeld = new Promise<void>((resolve) => (release = resolve));
    const pumped = pumpPages(session, null, { writeRecords: 10 }, async (_batch, cursor) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      if (written.length === 0) await firstWriteHeld;
      written.push(offsetOf(cursor));
      inFlight--;
    });
    // The first write is held: the reader goes on to fetch the next page (and one ahead of it).
    await vi.waitFor(() => expect(source.calls.length).toBeGreaterThanOrEqual(3));
    expect(written).toEqual([]);
    release();
    expect(await pumped).toMatchObject({ hasMore: false, pages: 4 });
    expect(written).toEqual([10, 20, 30, 40]);
    expect(maxInFlight).toBe(1);
  });

  it.each([
    ['loads', false],
    ['fails (aborted by the cancel)', true],
  ])('a cancel after a page drops the page ahead, whether it %s, and writes the pages read with their checkpoint', async (_, fails) => {
    const source = fakeSource(40, 10);
    source.delayMs = 50;
    if (fails) source.failures.push({ page: 1, error: () => new Error('aborted'), times: 1 });
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    const session = await openSession(h.deps, h.tenantId, id, 'full');
    const cancel = new AbortController();
    const written: (number | null)[] = [];
    const options = { writeRecords: 100, signal: cancel.signal, onPage: () => cancel.abort() };
    const result = await pumpPages(session, null, options, async (_batch, cursor) => void written.push(offsetOf(cursor)));
    expect(result).toMatchObject({ hasMore: true, pages: 1 });
    expect(offsetOf(result.cursor)).toBe(10);
    expect(written).toEqual([10]);
    expect(source.calls.map(offsetOf)).toEqual([null, 10]);
  });

  it('a syncBatch step writes every writeRecords with its checkpoint, and a failed step resumes after its last write', async () => {
    const source = fakeSource(60, 10);
    source.failures.push({ page: 3, error: () => new TransientError('vendor outage'), times: 1 });
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    const start = await beginSync(h.deps, h.tenantId, id, { mode: 'full' });
    const input = { ...start, batchRecords: 60, writeRecords: 10 };
    await expect(syncBatch(h.deps, h.tenantId, id, input)).rejects.toMatchObject({ kind: 'transient' });
    // Pages 0-2 were stored before page 3 failed: three checkpoints, the last one exact.
    expect(await h.db.prisma.syncLog.findUniqueOrThrow({ where: { id: start.syncLogId } })).toMatchObject({ pages: 3, recordsCreated: 30 });
    const row = await h.db.prisma.connector.findUniqueOrThrow({ where: { id } });
    expect(offsetOf(row.lastSyncCursor)).toBe(30);
    source.calls.length = 0;
    const retried = await syncBatch(h.deps, h.tenantId, id, input);
    expect(source.calls.map(offsetOf)).toEqual([30, 40, 50]);
    expect(retried).toMatchObject({ created: 30, pages: 3, hasMore: false, deadLettered: false });
    expect(offsetOf(retried.cursor)).toBe(60);
    expect(await h.db.prisma.person.count({ where: { connectorId: id } })).toBe(60);
  });

  it('stops a step at batchRecords without fetching a page it will not write', async () => {
    const source = fakeSource(100, 10);
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    const start = await beginSync(h.deps, h.tenantId, id, { mode: 'full' });
    const step = await syncBatch(h.deps, h.tenantId, id, { ...start, batchRecords: 35, writeRecords: 20 });
    expect(step).toMatchObject({ created: 40, pages: 4, hasMore: true });
    expect(source.calls.map(offsetOf)).toEqual([null, 10, 20, 30]);
    expect(await h.db.prisma.syncLog.findUniqueOrThrow({ where: { id: start.syncLogId } })).toMatchObject({ pages: 4 });
  });
});
