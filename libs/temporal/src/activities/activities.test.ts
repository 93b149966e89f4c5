import { MockActivityEnvironment } from '@temporalio/testing';
import { ApplicationFailure } from '@temporalio/common';
import { AuthRevokedError, RateLimitedError } from '@tributary/core';
import { fakeConnector, fakeSource, pipelineHarness, type PipelineHarness } from '@tributary/sync/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createActivities } from './create-activities.js';
import type { BatchInput, BeginInput, FinishInput } from './types.js';

/** `env.run` with the activity's own input and output types. */
const run = <I, O>(env: MockActivityEnvironment, fn: (input: I) => Promise<O>, input: I): Promise<O> =>
  env.run<[I], O, (input: I) => Promise<O>>(fn, input);

describe('sync activities (MockActivityEnvironment)', () => {
  let h: PipelineHarness | undefined;
  afterEach(async () => h?.dispose());

  it('begin -> batches -> finish: heartbeats every page, returns counts and cursors only', async () => {
    const source = fakeSource(35, 10);
    h = await pipelineHarness([fakeConnector(source)]);
    const connectorId = await h.connect('fake', { apiKey: 'key_0123456789' });
    const activities = createActivities(h.deps);
    const env = new MockActivityEnvironment({ heartbeatTimeoutMs: 30_000 });
    const beats: unknown[] = [];
    env.on('heartbeat', (d: unknown) => beats.push(d));
    const { tenantId } = h;
    const begin: BeginInput = { tenantId, connectorId, mode: 'full', trigger: 'test' };
    const start = await run(env, activities.beginSync, begin);
    const input: BatchInput = { tenantId, connectorId, syncLogId: start.syncLogId, mode: 'full', batchRecords: 20 };
    const first = await run(env, activities.syncBatch, input);
    expect(first).toEqual({
      cursor: JSON.stringify({ offset: 20, deletedSeen: 0 }),
      hasMore: true,
      created: 20,
      updated: 0,
      failed: 0,
      pages: 2,
      deadLettered: false,
    });
    expect(beats).toEqual([
      { pages: 1, records: 10 },
      { pages: 2, records: 20 },
    ]);
    // The same input: the batch starts from the checkpoint the first one stored.
    const second = await run(env, activities.syncBatch, input);
    expect(second).toMatchObject({ hasMore: false, created: 15, pages: 2 });
    const finish: FinishInput = { tenantId, connectorId, syncLogId: start.syncLogId, status: 'completed' };
    const outcome = await run(env, activities.finishSync, finish);
    expect(outcome).toMatchObject({ status: 'completed', created: 35, pages: 4 });
    expect(await h.db.prisma.connector.findUniqueOrThrow({ where: { id: connectorId } })).toMatchObject({ status: 'connected' });
  });

  it('ignores the cursor an activity input recorded before carries: the database checkpoint wins', async () => {
    const source = fakeSource(30, 10);
    h = await pipelineHarness([fakeConnector(source)]);
    const connectorId = await h.connect('fake', { apiKey: 'key_0123456789' });
    const activities = createActivities(h.deps);
    const env = new MockActivityEnvironment();
    const start = await run(env, activities.beginSync, { tenantId: h.tenantId, connectorId, mode: 'full' });
    const input: BatchInput = { tenantId: h.tenantId, connectorId, syncLogId: start.syncLogId, mode: 'full', batchRecords: 10 };
    await run(env, activities.syncBatch, input);
    // An input of the old shape, its cursor stale (the start of the run).
    const legacy = { ...input, cursor: null };
    expect(await run(env, activities.syncBatch, legacy)).toMatchObject({
      created: 10,
      cursor: JSON.stringify({ offset: 20, deletedSeen: 0 }),
    });
    expect(source.calls).toEqual([null, JSON.stringify({ offset: 10, deletedSeen: 0 })]);
  });

  it('turns an auth error into a non-retryable failure, secret-free, typed by kind', async () => {
    const source = fakeSource(10, 10);
    source.failures.push({ page: 0, error: () => new AuthRevokedError('key key_0123456789 revoked'), times: 1 });
    h = await pipelineHarness([fakeConnector(source)]);
    const connectorId = await h.connect('fake', { apiKey: 'key_0123456789' });
    const activities = createActivities(h.deps);
    const env = new MockActivityEnvironment();
    const start = await run(env, activities.beginSync, { tenantId: h.tenantId, connectorId, mode: 'full' });
    const input: BatchInput = {
      tenantId: h.tenantId,
      connectorId,
      syncLogId: start.syncLogId,
      mode: 'full',
      batchRecords: 10,
    };
    const error = await run(env, activities.syncBatch, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApplicationFailure);
    expect(error).toMatchObject({ type: 'auth_revoked', nonRetryable: true, message: expect.not.stringContaining('key_0123456789') });
    expect((error as ApplicationFailure).details?.[0]).toMatchObject({
      kind: 'auth_revoked',
      retryable: false,
      suggestedFix: expect.any(String),
    });
  });

  it('asks Temporal to wait at least Retry-After on a rate limit, and at least the backoff of this attempt', async () => {
    const source = fakeSource(10, 10);
    source.failures.push({ page: 0, error: () => new RateLimitedError('slow down', 7_000), times: 2 });
    h = await pipelineHarness([fakeConnector(source)]);
    const connectorId = await h.connect('fake', { apiKey: 'key_0123456789' });
    const activities = createActivities(h.deps);
    const begin: BeginInput = { tenantId: h.tenantId, connectorId, mode: 'full' };
    const start = await run(new MockActivityEnvironment(), activities.beginSync, begin);
    const input: BatchInput = {
      tenantId: h.tenantId,
      connectorId,
      syncLogId: start.syncLogId,
      mode: 'full',
      batchRecords: 10,
    };
    const policy = { initialInterval: 1_000, backoffCoefficient: 2, maximumInterval: 60_000 };
    const early = await run(new MockActivityEnvironment({ attempt: 1, retryPolicy: policy }), activities.syncBatch, input).catch(
      (e: unknown) => e,
    );
    expect(early).toMatchObject({ type: 'rate_limited', nonRetryable: false, nextRetryDelay: 7_000 });
    const late = await run(new MockActivityEnvironment({ attempt: 5, retryPolicy: policy }), activities.syncBatch, input).catch(
      (e: unknown) => e,
    );
    expect(late).toMatchObject({ type: 'rate_limited', nextRetryDelay: 16_000 });
  });

  it('pauses the schedule through the schedule control, and refuses writeback for connectors without it', async () => {
    h = await pipelineHarness([fakeConnector(fakeSource(1))]);
    const connectorId = await h.connect('fake', { apiKey: 'key_0123456789' });
    const paused: string[] = [];
    const activities = createActivities({ ...h.deps, schedules: { pause: async (t, c, note) => void paused.push(`${t}/${c}: ${note}`) } });
    const env = new MockActivityEnvironment();
    await run(env, activities.pauseSchedule, { tenantId: h.tenantId, connectorId, reason: 'auth_revoked' });
    expect(paused).toEqual([`${h.tenantId}/${connectorId}: auth_revoked`]);
    const items = [{ entity: 'person' as const, stream: 'contacts', externalId: 'p_0', fields: { score: 87 } }];
    const error = await run(env, activities.writeback, { tenantId: h.tenantId, connectorId, items }).catch((e: unknown) => e);
    expect(error).toMatchObject({ type: 'writeback_unsupported', nonRetryable: true });
  });
});
