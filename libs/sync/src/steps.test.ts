import { AuthRevokedError } from '@tributary/core';
import { afterEach, describe, expect, it } from 'vitest';
import { beginSync } from './begin-sync.js';
import { BatchConflictError, SyncInProgressError, SyncNotRunningError } from './errors.js';
import { finishSync } from './finish-sync.js';
import { persistBatch } from './persist.js';
import { emptyBatch } from './quality.js';
import { INTERRUPTED_MESSAGE } from './recover.js';
import { runSync } from './run-sync.js';
import { syncBatch } from './sync-batch.js';
import { fakeConnector, fakeSource, pipelineHarness, type PipelineHarness } from './testing/index.js';

const offsetOf = (cursor: string | null) => (cursor === null ? null : (JSON.parse(cursor) as { offset: number }).offset);

describe('the pipeline as steps (beginSync, syncBatch, finishSync)', () => {
  let h: PipelineHarness | undefined;
  afterEach(async () => h?.dispose());

  it('runs a sync batch by batch and ends with the counts of its log', async () => {
    const source = fakeSource(45, 10);
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    const start = await beginSync(h.deps, h.tenantId, id, { mode: 'full', trigger: 'test' });
    expect(start).toMatchObject({ cursor: null, mode: 'full' });
    const pages: number[] = [];
    let step = await syncBatch(h.deps, h.tenantId, id, { ...start, batchRecords: 20, onPage: (p) => pages.push(p.pages) });
    expect(step).toMatchObject({ hasMore: true, pages: 2, created: 20, updated: 0, failed: 0, deadLettered: false });
    expect(pages).toEqual([1, 2]);
    while (step.hasMore) step = await syncBatch(h.deps, h.tenantId, id, { ...start, batchRecords: 20 });
    expect(offsetOf(step.cursor)).toBe(45);
    const outcome = await finishSync(h.deps, h.tenantId, id, { syncLogId: start.syncLogId, status: 'completed' });
    expect(outcome).toMatchObject({ status: 'completed', created: 45, pages: 5 });
    expect(await h.db.prisma.connector.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'connected', lastErrorKind: null });
    expect(await h.db.prisma.person.count({ where: { connectorId: id } })).toBe(45);
    // The run's people are unified (by normalized email) before finishSync returns.
    const unified = await h.db.prisma.unifiedPerson.findMany({ where: { tenantId: h.tenantId }, orderBy: { email: 'asc' }, take: 2 });
    expect(unified.map((p) => p.email)).toEqual(['person0@example.com', 'person10@example.com']);
    expect(await h.db.prisma.unifiedPersonLink.count({ where: { tenantId: h.tenantId, connectorId: id, entity: 'person' } })).toBe(45);
  });

  it('a retried batch whose first attempt was stored resumes after it instead of writing it twice', async () => {
    const source = fakeSource(40, 10);
    source.rows[2] = { id: 'p_2', email: 'not-an-email' };
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    const start = await beginSync(h.deps, h.tenantId, id, { mode: 'full' });
    await syncBatch(h.deps, h.tenantId, id, { ...start, batchRecords: 10 });
    // The same input again (the attempt's result was lost): it goes on from the stored checkpoint.
    const retried = await syncBatch(h.deps, h.tenantId, id, { ...start, batchRecords: 10 });
    expect(offsetOf(retried.cursor)).toBe(20);
    expect(source.calls.map(offsetOf)).toEqual([null, 10]);
    expect(await h.db.prisma.deadLetter.count({ where: { connectorId: id } })).toBe(1);
  });

  it('reads where a batch starts from the database: the checkpoint for incremental runs, the beginning for full ones', async () => {
    const source = fakeSource(30, 10);
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    await runSync(h.deps, h.tenantId, id, { mode: 'full' });
    source.rows.push(...fakeSource(35, 10).rows.slice(30));
    source.calls.length = 0;
    const incremental = await beginSync(h.deps, h.tenantId, id, { mode: 'incremental' });
    const step = await syncBatch(h.deps, h.tenantId, id, { syncLogId: incremental.syncLogId, mode: 'incremental', batchRecords: 100 });
    expect(step).toMatchObject({ created: 5, hasMore: false });
    await finishSync(h.deps, h.tenantId, id, { syncLogId: incremental.syncLogId, status: 'completed' });
    const full = await beginSync(h.deps, h.tenantId, id, { mode: 'full' });
    await syncBatch(h.deps, h.tenantId, id, { syncLogId: full.syncLogId, mode: 'full', batchRecords: 10 });
    expect(source.calls.map(offsetOf)).toEqual([30, null]);
  });

  it('refuses a write that raced another attempt, and writes nothing for a closed log', async () => {
    h = await pipelineHarness([fakeConnector(fakeSource(10, 10))]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    const start = await beginSync(h.deps, h.tenantId, id, { mode: 'full' });
    const input = { tenantId: h.tenantId, connectorId: id, syncLogId: start.syncLogId, batch: emptyBatch(), cursor: 'x', pages: 1 };
    await persistBatch(h.db.sql, { ...input, expectPages: 0 });
    await expect(persistBatch(h.db.sql, { ...input, expectPages: 0 })).rejects.toBeInstanceOf(BatchConflictError);
    await finishSync(h.deps, h.tenantId, id, { syncLogId: start.syncLogId, status: 'cancelled' });
    await expect(syncBatch(h.deps, h.tenantId, id, start)).rejects.toBeInstanceOf(SyncNotRunningError);
    expect(await h.db.prisma.syncLog.findUniqueOrThrow({ where: { id: start.syncLogId } })).toMatchObject({ pages: 1 });
  });

  it('claims once; takeOver closes the previous run as interrupted and claims again', async () => {
    h = await pipelineHarness([fakeConnector(fakeSource(10, 10))]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    const first = await beginSync(h.deps, h.tenantId, id, { mode: 'full' });
    await expect(beginSync(h.deps, h.tenantId, id, { mode: 'full' })).rejects.toBeInstanceOf(SyncInProgressError);
    const second = await beginSync(h.deps, h.tenantId, id, { mode: 'incremental', takeOver: true });
    expect(await h.db.prisma.syncLog.findUniqueOrThrow({ where: { id: first.syncLogId } })).toMatchObject({
      status: 'failed',
      errorMessage: INTERRUPTED_MESSAGE,
    });
    expect(await h.db.prisma.syncLog.findUniqueOrThrow({ where: { id: second.syncLogId } })).toMatchObject({ status: 'running' });
  });

  it('throws connector errors with the secrets redacted, and finishSync marks the connector with the kind', async () => {
    const source = fakeSource(20, 10);
    source.failures.push({ page: 0, error: () => new AuthRevokedError('key key_0123456789 was revoked'), times: 1 });
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    const start = await beginSync(h.deps, h.tenantId, id, { mode: 'full' });
    const error = await syncBatch(h.deps, h.tenantId, id, start).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'auth_revoked', retryable: false });
    expect(String((error as Error).message)).not.toContain('key_0123456789');
    const outcome = await finishSync(h.deps, h.tenantId, id, {
      syncLogId: start.syncLogId,
      status: 'failed',
      error: error as AuthRevokedError,
    });
    expect(outcome.error).toMatchObject({ kind: 'auth_revoked', retryable: false });
    expect(await h.db.prisma.connector.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'error',
      lastErrorKind: 'auth_revoked',
    });
  });
});
