import { MockActivityEnvironment } from '@temporalio/testing';
import { ApplicationFailure } from '@temporalio/common';
import { TransientError } from '@tributary/core';
import type { SyncStart } from '@tributary/sync';
import { fakeConnector, fakeSource, pipelineHarness, type PipelineHarness } from '@tributary/sync/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { attemptMessage, willRetry } from './attempts.js';
import { createActivities } from './create-activities.js';
import type { BatchInput, BeginInput } from './types.js';

const POLICY = { initialInterval: 1_000, backoffCoefficient: 2, maximumInterval: 60_000, maximumAttempts: 10 };

describe('attemptMessage / willRetry', () => {
  it('says which attempt failed, of how many', () => {
    expect(attemptMessage({ attempt: 5, retryPolicy: POLICY }, 'boom')).toBe('Attempt 5 of 10 failed: boom');
    expect(attemptMessage({ attempt: 2 }, 'boom')).toBe('Attempt 2 failed: boom');
  });

  it('retries a retryable failure until the last attempt, never a non-retryable one', () => {
    const retryable = ApplicationFailure.retryable('503', 'transient');
    expect(willRetry(retryable, { attempt: 9, retryPolicy: POLICY })).toBe(true);
    expect(willRetry(retryable, { attempt: 10, retryPolicy: POLICY })).toBe(false);
    expect(willRetry(retryable, { attempt: 50, retryPolicy: { ...POLICY, maximumAttempts: 0 } })).toBe(true);
    expect(willRetry(ApplicationFailure.nonRetryable('no', 'auth_revoked'), { attempt: 1, retryPolicy: POLICY })).toBe(false);
  });
});

describe('syncBatch activity: failed attempts and cancellation', () => {
  let h: PipelineHarness | undefined;
  afterEach(async () => h?.dispose());

  /** A connected fake connector mid-sync (claimed, log open) and the batch input for it. */
  async function midSync(source: ReturnType<typeof fakeSource>): Promise<{ harness: PipelineHarness; input: BatchInput }> {
    const harness = await pipelineHarness([fakeConnector(source)]);
    h = harness;
    const connectorId = await harness.connect('fake', { apiKey: 'key_0123456789' });
    const activities = createActivities(harness.deps);
    const begin: BeginInput = { tenantId: harness.tenantId, connectorId, mode: 'full' };
    const start = await new MockActivityEnvironment().run<[BeginInput], SyncStart, typeof activities.beginSync>(
      activities.beginSync,
      begin,
    );
    const input: BatchInput = {
      tenantId: harness.tenantId,
      connectorId,
      syncLogId: start.syncLogId,
      mode: 'full',
      batchRecords: 10,
    };
    return { harness, input };
  }
  const connectorOf = (harness: PipelineHarness, id: string) => harness.db.prisma.connector.findUniqueOrThrow({ where: { id } });

  it('puts a retried attempt’s error (secret-free) on the connector while it stays syncing, and clears it once a retry succeeds', async () => {
    const source = fakeSource(10, 10);
    source.failures.push({
      page: 0,
      error: () => new TransientError('GET /v1/rows?key=key_0123456789: network error (ECONNREFUSED)'),
      times: 1,
    });
    const { harness, input } = await midSync(source);
    const activities = createActivities(harness.deps);
    const first = await new MockActivityEnvironment({ attempt: 5, retryPolicy: POLICY })
      .run(activities.syncBatch, input)
      .catch((e: unknown) => e);
    expect(first).toMatchObject({ type: 'transient', nonRetryable: false });
    const failing = await connectorOf(harness, input.connectorId);
    expect(failing).toMatchObject({ status: 'syncing', lastErrorKind: 'transient' });
    expect(failing.lastSyncError).toMatch(/^Attempt 5 of 10 failed: GET \/v1\/rows.*ECONNREFUSED/);
    expect(failing.lastSyncError).not.toContain('key_0123456789');

    const retried = await new MockActivityEnvironment({ attempt: 6, retryPolicy: POLICY }).run(activities.syncBatch, input);
    expect(retried).toMatchObject({ created: 10, hasMore: false });
    expect(await connectorOf(harness, input.connectorId)).toMatchObject({ status: 'syncing', lastSyncError: null, lastErrorKind: null });
  });

  it('leaves the last attempt and non-retryable failures to the workflow’s finish step', async () => {
    const source = fakeSource(10, 10);
    source.failures.push({ page: 0, error: () => new TransientError('still down'), times: 1 });
    const { harness, input } = await midSync(source);
    const activities = createActivities(harness.deps);
    await new MockActivityEnvironment({ attempt: 10, retryPolicy: POLICY }).run(activities.syncBatch, input).catch(() => undefined);
    expect(await connectorOf(harness, input.connectorId)).toMatchObject({ status: 'syncing', lastSyncError: null });
  });

  it('a cancel during a page cuts the attempt short as cancelled and writes nothing', async () => {
    const source = fakeSource(30, 10);
    source.delayMs = 300;
    source.failures.push({ page: 0, error: () => new TransientError('aborted by the cancel'), times: 1 });
    const { harness, input } = await midSync(source);
    const env = new MockActivityEnvironment({ attempt: 3, retryPolicy: POLICY });
    setTimeout(() => env.cancel(), 50);
    const error = await env.run(createActivities(harness.deps).syncBatch, input).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'CancelledFailure' });
    expect(await harness.db.prisma.person.count({ where: { connectorId: input.connectorId } })).toBe(0);
    expect(await connectorOf(harness, input.connectorId)).toMatchObject({ lastSyncError: null });
  });

  it('writes every writeRecords of the batch with its checkpoint: an attempt that fails midway is retried from its last write', async () => {
    const source = fakeSource(50, 10);
    source.failures.push({ page: 3, error: () => new TransientError('vendor outage'), times: 1 });
    const { harness, input } = await midSync(source);
    const batch = { ...input, batchRecords: 50, writeRecords: 20 };
    const syncBatch = createActivities(harness.deps).syncBatch;
    const failed = await new MockActivityEnvironment({ attempt: 1, retryPolicy: POLICY }).run(syncBatch, batch).catch((e: unknown) => e);
    expect(failed).toMatchObject({ type: 'transient' });
    // Pages 0-1 were one write; page 2 waited for the next one and is read again.
    expect(await harness.db.prisma.person.count({ where: { connectorId: input.connectorId } })).toBe(20);
    source.calls.length = 0;
    const result = await new MockActivityEnvironment({ attempt: 2, retryPolicy: POLICY }).run(syncBatch, batch);
    expect(result).toMatchObject({ created: 30, pages: 3, hasMore: false });
    expect(source.calls.map((c) => (c === null ? null : (JSON.parse(c) as { offset: number }).offset))).toEqual([20, 30, 40]);
  });

  it('a cancel between pages stops fetching and writes the pages already fetched with their checkpoint', async () => {
    const source = fakeSource(30, 10);
    source.delayMs = 100;
    const { harness, input } = await midSync(source);
    const env = new MockActivityEnvironment();
    env.once('heartbeat', () => env.cancel());
    const result = await env.run(createActivities(harness.deps).syncBatch, { ...input, batchRecords: 30 });
    expect(result).toMatchObject({ created: 10, pages: 1, hasMore: true });
    expect(await harness.db.prisma.person.count({ where: { connectorId: input.connectorId } })).toBe(10);
  });
});
