import { AuthRevokedError, TransientError } from '@tributary/core';
import { forTenant } from '@tributary/db';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncInProgressError } from './errors.js';
import { runSync } from './run-sync.js';
import { fakeConnector, fakeSource, pipelineHarness, type PipelineHarness } from './testing/index.js';

const people = async (h: PipelineHarness, connectorId: string) =>
  (await h.db.prisma.person.findMany({ where: { tenantId: h.tenantId, connectorId }, orderBy: { externalId: 'asc' } })).map((p) => ({
    externalId: p.externalId,
    email: p.email,
    firstName: p.firstName,
    raw: p.raw,
    deletedAt: p.deletedAt === null,
  }));

describe('runSync', () => {
  let h: PipelineHarness | undefined;
  afterEach(async () => h?.dispose());

  it('syncs every page, fills every sync_logs column and moves the connector connected -> syncing -> connected', async () => {
    const source = fakeSource(95, 10);
    source.delayMs = 5;
    h = await pipelineHarness([fakeConnector(source)]);
    const harness = h;
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    const statuses: string[] = [];
    const outcome = await runSync(h.deps, h.tenantId, id, {
      mode: 'full',
      batchRecords: 30,
      onProgress: () => {
        void harness.db.prisma.connector.findUniqueOrThrow({ where: { id } }).then((c) => statuses.push(c.status));
      },
    });
    expect(outcome).toMatchObject({ status: 'completed', created: 95, updated: 0, failed: 0, pages: 10 });
    expect(statuses).toContain('syncing');
    const log = await h.db.prisma.syncLog.findUniqueOrThrow({ where: { id: outcome.syncLogId } });
    expect(log).toMatchObject({
      syncType: 'full',
      status: 'completed',
      recordsCreated: 95,
      recordsUpdated: 0,
      recordsFailed: 0,
      pages: 10,
      errorMessage: null,
      trigger: 'manual',
    });
    expect(log.completedAt?.getTime()).toBeGreaterThanOrEqual(log.startedAt.getTime());
    const connector = await h.db.prisma.connector.findUniqueOrThrow({ where: { id } });
    expect(connector).toMatchObject({ status: 'connected', lastSyncError: null, lastErrorKind: null });
    expect(connector.lastSyncAt).toBeInstanceOf(Date);
    expect(JSON.parse(connector.lastSyncCursor ?? '')).toEqual({ offset: 95, deletedSeen: 0 });
    const rows = await people(h, id);
    expect(rows).toHaveLength(95);
    expect(rows[0]).toMatchObject({ externalId: 'p_0', email: 'person0@example.com', firstName: 'Person 0' });
  });

  it('resumes from the last checkpoint after a crash and ends with exactly the rows of a clean run', async () => {
    const crashing = fakeSource(120, 10);
    crashing.failures.push({ page: 7, error: () => new AuthRevokedError('key revoked'), times: 1 });
    const clean = fakeSource(120, 10);
    h = await pipelineHarness([fakeConnector(crashing, 'crashing'), fakeConnector(clean, 'clean')]);
    const a = await h.connect('crashing', { apiKey: 'key_0123456789' });
    const b = await h.connect('clean', { apiKey: 'key_0123456789' });

    const failed = await runSync(h.deps, h.tenantId, a, { mode: 'full', batchRecords: 20 });
    expect(failed).toMatchObject({ status: 'failed', error: { kind: 'auth_revoked', retryable: false } });
    const afterCrash = await h.db.prisma.connector.findUniqueOrThrow({ where: { id: a } });
    expect(afterCrash).toMatchObject({ status: 'error', lastErrorKind: 'auth_revoked', lastSyncError: 'key revoked' });
    expect(JSON.parse(afterCrash.lastSyncCursor ?? '')).toEqual({ offset: 60, deletedSeen: 0 });
    expect(await h.db.prisma.person.count({ where: { connectorId: a } })).toBe(60);

    const resumed = await runSync(h.deps, h.tenantId, a, { mode: 'incremental' });
    expect(resumed).toMatchObject({ status: 'completed', created: 60, updated: 0 });
    expect(crashing.calls.filter((c) => c !== null && JSON.parse(c).offset === 60)).toHaveLength(2);
    expect(crashing.calls.some((c) => c !== null && JSON.parse(c).offset < 60 && crashing.calls.indexOf(c) > 7)).toBe(false);

    await runSync(h.deps, h.tenantId, b, { mode: 'full' });
    expect(await people(h, a)).toEqual(await people(h, b));
  });

  it('absorbs transient failures within the run, resuming from the checkpoint on the same sync log', async () => {
    const source = fakeSource(50, 10);
    source.failures.push({ page: 3, error: () => new TransientError('503 from vendor'), times: 2 });
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    const outcome = await runSync(h.deps, h.tenantId, id, { mode: 'full', batchRecords: 10, retryBaseMs: 5, maxAttempts: 3 });
    expect(outcome).toMatchObject({ status: 'completed', created: 50, pages: 5 });
    expect(await h.db.prisma.syncLog.count({ where: { connectorId: id } })).toBe(1);
  });

  it('fails after the last attempt, keeping the cursor and the error kind', async () => {
    const source = fakeSource(30, 10);
    source.failures.push({ page: 1, error: () => new TransientError('vendor down'), times: 5 });
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    const outcome = await runSync(h.deps, h.tenantId, id, { mode: 'full', batchRecords: 10, retryBaseMs: 1, maxAttempts: 2 });
    expect(outcome).toMatchObject({ status: 'failed', created: 10, error: { kind: 'transient', message: 'vendor down' } });
    const log = await h.db.prisma.syncLog.findUniqueOrThrow({ where: { id: outcome.syncLogId } });
    expect(log).toMatchObject({ status: 'failed', errorKind: 'transient', errorMessage: 'vendor down', recordsCreated: 10 });
  });

  it('stores invalid rows in dead letters with the reason and counts them as failed', async () => {
    const source = fakeSource(20, 10);
    source.rows[3] = { id: 'p_3', email: 'broken-email' };
    source.rows[12] = { id: '', email: 'a@b.co' };
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    const outcome = await runSync(h.deps, h.tenantId, id, { mode: 'full' });
    expect(outcome).toMatchObject({ status: 'completed', created: 18, failed: 2 });
    const letters = await forTenant(h.db.prisma, h.tenantId).deadLetters.list(id);
    expect(letters.map((l) => [l.kind, l.externalId, l.syncLogId])).toEqual(
      expect.arrayContaining([
        ['record', 'p_3', outcome.syncLogId],
        ['record', null, outcome.syncLogId],
      ]),
    );
    expect(letters.find((l) => l.externalId === 'p_3')).toMatchObject({
      reason: expect.stringContaining('email'),
      payload: { id: 'p_3', email: 'broken-email' },
    });
  });

  it('puts a batch that cannot be written whole into dead letters and carries on', async () => {
    const source = fakeSource(30, 10);
    source.rows[15] = { id: 'p_15', email: 'nul@example.com', name: 'bad\u0000name' };
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    const outcome = await runSync(h.deps, h.tenantId, id, { mode: 'full', batchRecords: 10 });
    expect(outcome).toMatchObject({ status: 'completed', created: 20, failed: 10, pages: 3 });
    const letters = await forTenant(h.db.prisma, h.tenantId).deadLetters.list(id);
    const batch = letters.find((l) => l.kind === 'batch');
    expect(batch?.reason).toMatch(/Batch failed to write after retries/);
    const payload = batch?.payload as { rows: { raw: { id: string; name: string } }[] };
    expect(payload.rows).toHaveLength(10);
    expect(payload.rows[5]?.raw).toEqual({ id: 'p_15', email: 'nul@example.com', name: 'bad\\u0000name' });
    expect(await h.db.prisma.person.count({ where: { connectorId: id, externalId: { in: ['p_9', 'p_20'] } } })).toBe(2);
  });

  it('tombstones vendor deletes and rewrites nothing on an identical re-sync', async () => {
    const source = fakeSource(20, 10);
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    await runSync(h.deps, h.tenantId, id, { mode: 'full' });
    expect(await runSync(h.deps, h.tenantId, id, { mode: 'full' })).toMatchObject({ created: 0, updated: 0 });
    source.deleted.push('p_4', 'p_5');
    source.rows.push({ id: 'p_20', email: 'new@example.com' });
    expect(await runSync(h.deps, h.tenantId, id, { mode: 'incremental' })).toMatchObject({ status: 'completed', created: 1, updated: 2 });
    const deleted = await h.db.prisma.person.findMany({ where: { connectorId: id, deletedAt: { not: null } } });
    expect(deleted.map((p) => p.externalId).sort()).toEqual(['p_4', 'p_5']);
  });

  it('refuses a second concurrent sync of the same connector', async () => {
    const source = fakeSource(40, 10);
    source.delayMs = 30;
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    const first = runSync(h.deps, h.tenantId, id, { mode: 'full' });
    await new Promise((r) => setTimeout(r, 20));
    await expect(runSync(h.deps, h.tenantId, id, { mode: 'full' })).rejects.toBeInstanceOf(SyncInProgressError);
    expect((await first).status).toBe('completed');
  });

  it('stops after the current page when cancelled, keeping the cursor', async () => {
    const source = fakeSource(100, 10);
    source.delayMs = 10;
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    const controller = new AbortController();
    const run = runSync(h.deps, h.tenantId, id, {
      mode: 'full',
      batchRecords: 10,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.pages === 3) controller.abort();
      },
    });
    const outcome = await run;
    expect(outcome.status).toBe('cancelled');
    expect(outcome.pages).toBeLessThan(10);
    const connector = await h.db.prisma.connector.findUniqueOrThrow({ where: { id } });
    expect(connector.status).toBe('connected');
    expect(JSON.parse(connector.lastSyncCursor ?? '').offset).toBe(outcome.pages * 10);
    expect(await h.db.prisma.person.count({ where: { connectorId: id } })).toBe(outcome.pages * 10);
  });

  it('fails with a config error when credentials cannot be decrypted', async () => {
    h = await pipelineHarness([fakeConnector(fakeSource(5))]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    await h.db.prisma.connector.update({ where: { id }, data: { config: 'v1.deadbeef.AAAA.BBBB.CCCC' } });
    const outcome = await runSync(h.deps, h.tenantId, id, { mode: 'full' });
    expect(outcome).toMatchObject({
      status: 'failed',
      error: { kind: 'config', message: expect.stringMatching(/could not be decrypted/) },
    });
  });
});
