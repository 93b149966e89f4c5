import { WorkflowFailedError } from '@temporalio/client';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SyncOutcome } from '@tributary/sync';
import { syncWorkflowId, writebackWorkflowId } from '../shared/ids.js';
import type { WritebackSummary } from '../shared/types.js';
import { orchestrationHarness, recordHistory, requireTemporalAddress, type OrchestrationHarness } from '../testing/index.js';
import { bundleSyncWorkflows } from '../worker/bundle.js';

describe('writebackWorkflow on a real Temporal server', () => {
  let bundle: WorkflowBundleWithSourceMap;
  let o: OrchestrationHarness | undefined;
  beforeAll(async () => {
    requireTemporalAddress();
    bundle = await bundleSyncWorkflows();
  });
  afterEach(async () => {
    await o?.dispose();
    o = undefined;
  });

  it('fails at once, without retries, for a connector that does not declare writeback', async () => {
    o = await orchestrationHarness({ contacts: 10, workflowBundle: bundle, readOnly: true });
    const id = await o.connect(10);
    const workflowId = writebackWorkflowId(o.h.tenantId, id);
    const run = o.temporal.client.workflow.execute('writebackWorkflow', {
      workflowId,
      taskQueue: o.taskQueue,
      args: [
        {
          tenantId: o.h.tenantId,
          connectorId: id,
          items: [{ entity: 'person', stream: 'contacts', externalId: 'c_000001', fields: { score: 87 } }],
        },
      ],
    });
    const error = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowFailedError);
    const cause = (error as WorkflowFailedError).cause?.cause;
    expect(cause).toMatchObject({ type: 'writeback_unsupported', message: expect.stringMatching(/not supported by this connector/) });
    expect(o.crm.requests.all).toHaveLength(0);
    const letters = await o.h.db.prisma.deadLetter.findMany({ where: { connectorId: id, stream: 'writeback' } });
    expect(letters.map((l) => l.reason)).toEqual([
      expect.stringMatching(/^Writeback failed \(\w+\): Writeback is not supported by this connector/),
    ]);
    await recordHistory(o.temporal.client, workflowId, 'writeback-unsupported');
  });

  it('explicit items: what the vendor rejects comes back in the summary and is kept as a dead letter', async () => {
    o = await orchestrationHarness({ contacts: 6, workflowBundle: bundle });
    const id = await o.connect(5);
    o.crm.store.lockedScores.add('c_000002');
    const summary = await o.temporal.client.workflow.execute('writebackWorkflow', {
      workflowId: writebackWorkflowId(o.h.tenantId, id),
      taskQueue: o.taskQueue,
      args: [
        {
          tenantId: o.h.tenantId,
          connectorId: id,
          items: [
            { entity: 'person', stream: 'contacts', externalId: 'c_000001', fields: { score: 3 } },
            { entity: 'person', stream: 'contacts', externalId: 'c_000002', fields: { score: 4 } },
          ],
        },
      ],
    });
    expect(summary).toEqual({ written: 1, failed: 1, errors: [{ externalId: 'c_000002', error: 'contact is locked for editing' }] });
    expect(o.crm.store.scores.get('c_000001')).toBe(3);
    const letters = await o.h.db.prisma.deadLetter.findMany({ where: { connectorId: id, stream: 'writeback' } });
    expect(letters.map((l) => [l.kind, l.externalId, l.reason])).toEqual([
      ['record', 'c_000002', 'Writeback rejected: contact is locked for editing'],
    ]);
    expect(letters[0]?.payload).toMatchObject({ externalId: 'c_000002', fields: { score: 4 } });
  });

  it('a writeback that fails for good leaves a dead letter saying why, and nothing is remembered as written', async () => {
    o = await orchestrationHarness({ contacts: 6, workflowBundle: bundle });
    const { h, crm, orchestrator } = o;
    const id = await o.connect(5);
    await h.db.prisma.connector.update({ where: { id }, data: { settings: { pageSize: 5, writeback: { enabled: true } } } });
    await h.db.prisma.activity.create({
      data: {
        tenantId: h.tenantId,
        connectorId: id,
        externalId: 'act_1',
        type: 'meeting',
        occurredAt: new Date(),
        personExternalId: 'c_000001',
        raw: {},
      },
    });
    crm.faults.add({ path: '/v1/scores' }, { kind: 'status', status: 401 });
    await orchestrator.triggerSync(h.tenantId, id, { mode: 'full' });
    expect(await orchestrator.handle(h.tenantId, id).result()).toMatchObject({ status: 'completed' });
    const failed = await o.temporal.client.workflow
      .getHandle(writebackWorkflowId(h.tenantId, id))
      .result()
      .catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(WorkflowFailedError);
    // auth_expired is not retried: one attempt, one dead letter.
    expect(crm.requests.all.filter((r) => r.path === '/v1/scores')).toHaveLength(1);
    const letters = await h.db.prisma.deadLetter.findMany({ where: { connectorId: id, stream: 'writeback' } });
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ kind: 'batch', externalId: null });
    expect(letters[0]?.reason).toMatch(/^Writeback failed \(auth_expired\): .*No score was written/);
    expect(await h.db.prisma.writebackValue.count({ where: { connectorId: id } })).toBe(0);
  });

  it('a completed sync starts the writeback: changed scores written, rejections dead-lettered, unchanged ones left alone', async () => {
    o = await orchestrationHarness({ contacts: 12, workflowBundle: bundle });
    const { h, crm, orchestrator } = o;
    const id = await o.connect(5);
    await h.db.prisma.connector.update({ where: { id }, data: { settings: { pageSize: 5, writeback: { enabled: true } } } });
    const activity = (n: number, person: string, daysAgo = 1) => ({
      tenantId: h.tenantId,
      connectorId: id,
      externalId: `act_${n}`,
      type: 'meeting',
      occurredAt: new Date(Date.now() - daysAgo * 86_400_000),
      personExternalId: person,
      raw: {},
    });
    await h.db.prisma.activity.createMany({
      data: [activity(1, 'c_000001'), activity(2, 'c_000001', 3), activity(3, 'c_000002'), activity(4, 'c_000003'), activity(5, 'gone')],
    });
    crm.store.lockedScores.add('c_000003');
    const sync = async (mode: 'full' | 'incremental') => {
      await orchestrator.triggerSync(h.tenantId, id, { mode });
      const outcome = (await orchestrator.handle(h.tenantId, id).result()) as SyncOutcome;
      expect(outcome.status).toBe('completed');
      // The sync starts the writeback before it returns; the writeback finishes on its own.
      return (await o!.temporal.client.workflow.getHandle(writebackWorkflowId(h.tenantId, id)).result()) as WritebackSummary;
    };
    const scoreCalls = () => crm.requests.all.filter((r) => r.path === '/v1/scores').length;

    expect(await sync('full')).toEqual({
      written: 2,
      failed: 1,
      errors: [{ externalId: 'c_000003', error: 'contact is locked for editing' }],
    });
    expect([...crm.store.scores.keys()].sort()).toEqual(['c_000001', 'c_000002']);
    expect(crm.store.scores.get('c_000001')).toBeGreaterThan(crm.store.scores.get('c_000002') ?? Infinity);
    const letters = await h.db.prisma.deadLetter.findMany({ where: { connectorId: id, stream: 'writeback' } });
    expect(letters.map((l) => [l.externalId, l.reason])).toEqual([['c_000003', 'Writeback rejected: contact is locked for editing']]);
    await recordHistory(o.temporal.client, syncWorkflowId(h.tenantId, id), 'writeback-after-sync');
    await recordHistory(o.temporal.client, writebackWorkflowId(h.tenantId, id), 'writeback-scores');

    // Nothing changed but the lock: only the score that failed is sent again.
    crm.store.lockedScores.clear();
    const calls = scoreCalls();
    expect(await sync('incremental')).toEqual({ written: 1, failed: 0, errors: [] });
    expect(scoreCalls()).toBe(calls + 1);
    expect(crm.requests.all.at(-1)).toMatchObject({
      path: '/v1/scores',
      body: { scores: [{ id: 'c_000003', score: expect.any(Number) }] },
    });
    expect([...crm.store.scores.keys()].sort()).toEqual(['c_000001', 'c_000002', 'c_000003']);

    // Writeback turned off: the sync completes and no writeback runs.
    await h.db.prisma.connector.update({ where: { id }, data: { settings: { pageSize: 5 } } });
    const before = await o.temporal.client.workflow.getHandle(writebackWorkflowId(h.tenantId, id)).describe();
    await orchestrator.triggerSync(h.tenantId, id, { mode: 'incremental' });
    expect(await orchestrator.handle(h.tenantId, id).result()).toMatchObject({ status: 'completed' });
    const after = await o.temporal.client.workflow.getHandle(writebackWorkflowId(h.tenantId, id)).describe();
    expect(after.runId).toBe(before.runId);
    expect(scoreCalls()).toBe(calls + 1);
  });
});
