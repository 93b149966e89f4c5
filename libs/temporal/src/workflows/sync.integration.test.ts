import { WorkflowFailedError } from '@temporalio/client';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { diffStored } from '@tributary/conformance';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { syncWorkflowId } from '../shared/ids.js';
import { orchestrationHarness, recordHistory, requireTemporalAddress, type OrchestrationHarness } from '../testing/index.js';
import { bundleSyncWorkflows } from '../worker/bundle.js';
import type { SyncOutcome } from '@tributary/sync';

const until = async (check: () => Promise<boolean>, timeoutMs = 20_000) => {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not met in time');
};

describe('syncConnectorWorkflow on a real Temporal server', () => {
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
  const result = (h: OrchestrationHarness, connectorId: string) =>
    h.orchestrator.handle(h.h.tenantId, connectorId).result() as Promise<SyncOutcome>;

  it('a full sync stores exactly the vendor data, batch by batch, and a second Sync Now never runs twice', async () => {
    o = await orchestrationHarness({ contacts: 520, malformed: [7], workflowBundle: bundle });
    const id = await o.connect(40);
    o.crm.faults.add({ path: /^\/v1\// }, { kind: 'delay', ms: 20 }, { times: Infinity });
    expect(await o.orchestrator.triggerSync(o.h.tenantId, id, { mode: 'full', trigger: 'connect' })).toEqual({ status: 'started' });
    expect(await o.orchestrator.triggerSync(o.h.tenantId, id, { mode: 'full' })).toEqual({ status: 'already_running' });
    expect(await o.orchestrator.isRunning(o.h.tenantId, id)).toBe(true);
    const outcome = await result(o, id);
    expect(outcome).toMatchObject({ status: 'completed', created: 519, updated: 0, failed: 1, pages: 13 });
    expect(await o.orchestrator.isRunning(o.h.tenantId, id)).toBe(false);
    const expected = o.crm.expected();
    expected.person.delete('c_000007');
    expect(await diffStored(o.h.db.prisma, { tenantId: o.h.tenantId, connectorId: id }, expected)).toEqual([]);
    const logs = await o.h.db.prisma.syncLog.findMany({ where: { connectorId: id } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ status: 'completed', syncType: 'full', trigger: 'connect', recordsCreated: 519, recordsFailed: 1 });
    expect(await o.h.db.prisma.connector.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'connected', lastErrorKind: null });
    const letters = await o.h.db.prisma.deadLetter.findMany({ where: { connectorId: id } });
    expect(letters.map((l) => [l.kind, l.externalId])).toEqual([['record', 'c_000007']]);
    await recordHistory(o.temporal.client, syncWorkflowId(o.h.tenantId, id), 'full-sync');
  });

  it('an incremental sync picks up exactly the vendor-side changes, deletions as tombstones', async () => {
    o = await orchestrationHarness({ contacts: 230, workflowBundle: bundle });
    const id = await o.connect(50);
    await o.orchestrator.triggerSync(o.h.tenantId, id, { mode: 'full' });
    expect(await result(o, id)).toMatchObject({ status: 'completed', created: 230 });
    o.crm.mutate.update(7);
    const removed = o.crm.mutate.remove(2);
    o.crm.mutate.add(3);
    await o.orchestrator.triggerSync(o.h.tenantId, id, { mode: 'incremental' });
    expect(await result(o, id)).toMatchObject({ status: 'completed', created: 3, updated: 9, failed: 0 });
    expect(await diffStored(o.h.db.prisma, { tenantId: o.h.tenantId, connectorId: id }, o.crm.expected())).toEqual([]);
    const tombstones = await o.h.db.prisma.person.findMany({ where: { connectorId: id, deletedAt: { not: null } } });
    expect(tombstones.map((p) => p.externalId).sort()).toEqual(removed.sort());
    const paths = new Set(o.crm.requests.all.slice(-1).map((r) => r.path));
    expect(paths).toEqual(new Set(['/v1/changes']));
    await recordHistory(o.temporal.client, syncWorkflowId(o.h.tenantId, id), 'incremental-sync');
  });

  it('continues as new every few batches, keeping the sync log and the cursor', async () => {
    o = await orchestrationHarness({ contacts: 300, workflowBundle: bundle, tuning: { batchRecords: 30, maxBatchesPerRun: 3 } });
    const id = await o.connect(30);
    await o.orchestrator.triggerSync(o.h.tenantId, id, { mode: 'full' });
    expect(await result(o, id)).toMatchObject({ status: 'completed', created: 300, pages: 10 });
    expect(await o.h.db.prisma.syncLog.count({ where: { connectorId: id } })).toBe(1);
    const contactRequests = o.crm.requests.all.filter((r) => r.path === '/v1/contacts');
    expect(contactRequests.map((r) => r.query['offset']?.[0])).toEqual(['0', '30', '60', '90', '120', '150', '180', '210', '240', '270']);
    const described = await o.orchestrator.handle(o.h.tenantId, id).describe();
    expect(described.runId).not.toBe(
      (await o.orchestrator.handle(o.h.tenantId, id).describe()).raw.workflowExecutionInfo?.firstRunId ?? '',
    );
    await recordHistory(o.temporal.client, syncWorkflowId(o.h.tenantId, id), 'continued-sync');
  });

  it('cancelling stops after the current batch, marks the log cancelled and keeps the cursor', async () => {
    o = await orchestrationHarness({ contacts: 2_000, workflowBundle: bundle, tuning: { batchRecords: 20 } });
    const id = await o.connect(20);
    o.crm.faults.add({ path: /^\/v1\// }, { kind: 'delay', ms: 40 }, { times: Infinity });
    const harness = o;
    await o.orchestrator.triggerSync(o.h.tenantId, id, { mode: 'full' });
    await until(async () => (await harness.h.db.prisma.person.count({ where: { connectorId: id } })) >= 60);
    expect(await o.orchestrator.cancelSync(o.h.tenantId, id)).toBe(true);
    const outcome = await result(o, id);
    expect(outcome.status).toBe('cancelled');
    expect(outcome.pages).toBeLessThan(100);
    const connector = await o.h.db.prisma.connector.findUniqueOrThrow({ where: { id } });
    expect(connector.status).toBe('connected');
    expect(JSON.parse(connector.lastSyncCursor ?? '{}')).toMatchObject({ phase: 'full', offset: outcome.pages * 20 });
    expect(await o.h.db.prisma.person.count({ where: { connectorId: id } })).toBe(outcome.pages * 20);
    expect(await o.h.db.prisma.syncLog.findUniqueOrThrow({ where: { id: outcome.syncLogId } })).toMatchObject({ status: 'cancelled' });
    expect(await o.orchestrator.cancelSync(o.h.tenantId, id)).toBe(false);
    await recordHistory(o.temporal.client, syncWorkflowId(o.h.tenantId, id), 'cancelled-sync');
  });

  it('a non-retryable auth failure stops at once, marks the connector and pauses its schedule', async () => {
    o = await orchestrationHarness({ contacts: 100, workflowBundle: bundle });
    const id = await o.connect(50, { apiKey: 'crm_test_revoked000' });
    await o.orchestrator.upsertSchedule(o.h.tenantId, id, '0 */4 * * *');
    await o.orchestrator.triggerSync(o.h.tenantId, id, { mode: 'full' });
    const error = await result(o, id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowFailedError);
    expect((error as WorkflowFailedError).cause).toMatchObject({ type: 'auth_expired' });
    expect(o.crm.requests.all.filter((r) => r.path.startsWith('/v1/'))).toHaveLength(1);
    expect(await o.h.db.prisma.connector.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'error',
      lastErrorKind: 'auth_expired',
    });
    const log = await o.h.db.prisma.syncLog.findFirstOrThrow({ where: { connectorId: id } });
    expect(log).toMatchObject({ status: 'failed', errorKind: 'auth_expired' });
    expect(log.errorMessage).not.toContain('crm_test_revoked000');
    expect(await o.orchestrator.describeSchedule(o.h.tenantId, id)).toMatchObject({ paused: true, nextRunAt: null });
    await o.orchestrator.deleteSchedule(o.h.tenantId, id);
    await recordHistory(o.temporal.client, syncWorkflowId(o.h.tenantId, id), 'auth-failure');
  });
});
