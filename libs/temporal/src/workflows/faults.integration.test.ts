import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { SyncOutcome } from '@tributary/sync';
import { INTERRUPTED_MESSAGE } from '@tributary/sync';
import { diffStored } from '@tributary/conformance';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { syncWorkflowId } from '../shared/ids.js';
import { orchestrationHarness, recordHistory, requireTemporalAddress, type OrchestrationHarness } from '../testing/index.js';
import { bundleSyncWorkflows } from '../worker/bundle.js';

const until = async (check: () => Promise<boolean>, timeoutMs = 20_000) => {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not met in time');
};

describe('retries, dead letters and orphaned syncs on a real Temporal server', () => {
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

  it('absorbs a 429 storm (waiting at least Retry-After each time) and 5xx faults, with exactly the vendor data', async () => {
    o = await orchestrationHarness({ contacts: 400, workflowBundle: bundle });
    const id = await o.connect(50);
    // Retry-After: 1 s is longer than the client waits in-process (50 ms in tests): each 429 fails the batch as rate_limited.
    o.crm.faults.add({ path: '/v1/contacts' }, { kind: 'status', status: 429 }, { times: 4, after: 2 });
    o.crm.faults.add({ path: '/v1/contacts' }, { kind: 'status', status: 503 }, { times: 4, after: 5 });
    o.crm.faults.add({ path: '/v1/contacts' }, { kind: 'status', status: 502 }, { times: 2, after: 7 });
    await o.orchestrator.triggerSync(o.h.tenantId, id, { mode: 'full' });
    const outcome = await result(o, id);
    expect(outcome).toMatchObject({ status: 'completed', created: 400, updated: 0, failed: 0, pages: 8 });
    expect(o.crm.faults.fired()).toHaveLength(10);
    expect(await diffStored(o.h.db.prisma, { tenantId: o.h.tenantId, connectorId: id }, o.crm.expected())).toEqual([]);
    // The 429 rule is checked first and sees every request: contacts requests #2-#5 got the 429s,
    // and each next attempt came no sooner than Retry-After (1 s).
    const at = o.crm.requests.all.filter((r) => r.path === '/v1/contacts').map((r) => r.at);
    for (const i of [2, 3, 4, 5]) expect((at[i + 1] ?? 0) - (at[i] ?? 0)).toBeGreaterThanOrEqual(990);
    expect(await o.h.db.prisma.syncLog.count({ where: { connectorId: id } })).toBe(1);
    await recordHistory(o.temporal.client, syncWorkflowId(o.h.tenantId, id), 'faults-sync');
  });

  it('a poison batch lands whole in dead_letters while the sync completes', async () => {
    o = await orchestrationHarness({ contacts: 300, poison: [130], workflowBundle: bundle });
    const id = await o.connect(50);
    await o.orchestrator.triggerSync(o.h.tenantId, id, { mode: 'full' });
    const outcome = await result(o, id);
    expect(outcome).toMatchObject({ status: 'completed', created: 200, failed: 100, pages: 6 });
    const letters = await o.h.db.prisma.deadLetter.findMany({ where: { connectorId: id } });
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({
      kind: 'batch',
      syncLogId: outcome.syncLogId,
      reason: expect.stringMatching(/Batch failed to write after retries/),
    });
    const payload = letters[0]?.payload as { rows: { raw: { id: string } }[] };
    expect(payload.rows.map((r) => r.raw.id)).toContain('c_000130');
    expect(payload.rows).toHaveLength(100);
    const stored = await o.h.db.prisma.person.count({ where: { connectorId: id } });
    expect(stored).toBe(200);
    expect(await o.h.db.prisma.person.count({ where: { connectorId: id, externalId: { in: ['c_000099', 'c_000200'] } } })).toBe(2);
    expect(JSON.parse((await o.h.db.prisma.connector.findUniqueOrThrow({ where: { id } })).lastSyncCursor ?? '{}')).toMatchObject({
      phase: 'changes',
    });
    await recordHistory(o.temporal.client, syncWorkflowId(o.h.tenantId, id), 'poison-batch');
  });

  it('corrects a "syncing" status that outlived its workflow (terminated), and the next sync resumes', async () => {
    o = await orchestrationHarness({ contacts: 1_000, workflowBundle: bundle, tuning: { batchRecords: 20 } });
    const id = await o.connect(20);
    o.crm.faults.add({ path: /^\/v1\// }, { kind: 'delay', ms: 40 }, { times: 40 });
    const harness = o;
    await o.orchestrator.triggerSync(o.h.tenantId, id, { mode: 'full' });
    await until(async () => (await harness.h.db.prisma.person.count({ where: { connectorId: id } })) >= 40);
    await o.orchestrator.handle(o.h.tenantId, id).terminate('operator terminated it');
    expect(await o.h.db.prisma.connector.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'syncing' });
    expect(await o.orchestrator.sweep(0)).toBe(1);
    expect(await o.h.db.prisma.connector.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'error',
      lastErrorKind: 'transient',
    });
    const logs = await o.h.db.prisma.syncLog.findMany({ where: { connectorId: id } });
    expect(logs.map((l) => [l.status, l.errorMessage])).toEqual([['failed', INTERRUPTED_MESSAGE]]);
    await o.orchestrator.triggerSync(o.h.tenantId, id, { mode: 'incremental' });
    const resumed = await result(o, id);
    expect(resumed.status).toBe('completed');
    expect(resumed.created + (logs[0]?.recordsCreated ?? 0)).toBe(1_000);
    expect(await diffStored(o.h.db.prisma, { tenantId: o.h.tenantId, connectorId: id }, o.crm.expected())).toEqual([]);
  });
});
