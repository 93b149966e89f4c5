import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { scheduleId } from '@tributary/sync';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { orchestrationHarness, recordHistory, requireTemporalAddress, type OrchestrationHarness } from '../testing/index.js';
import { bundleSyncWorkflows } from '../worker/bundle.js';

const until = async (check: () => Promise<boolean>, timeoutMs = 30_000) => {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not met in time');
};

describe('Temporal Schedules through the TemporalOrchestrator', () => {
  let bundle: WorkflowBundleWithSourceMap;
  let o: OrchestrationHarness | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    requireTemporalAddress();
    bundle = await bundleSyncWorkflows();
  });
  afterEach(async () => {
    await cleanup?.();
    await o?.dispose();
    o = undefined;
  });

  it('fires incremental syncs on the cron, pauses, keeps the pause across a cron change, resumes and deletes', async () => {
    o = await orchestrationHarness({ contacts: 30, workflowBundle: bundle });
    const harness = o;
    const id = await o.connect(50);
    const { tenantId } = o.h;
    cleanup = () => harness.orchestrator.deleteSchedule(tenantId, id);
    const scheduled = () => harness.h.db.prisma.syncLog.count({ where: { connectorId: id, trigger: 'schedule', status: 'completed' } });

    await o.orchestrator.upsertSchedule(tenantId, id, '*/2 * * * * *');
    await until(async () => (await scheduled()) >= 1);
    const described = await o.orchestrator.describeSchedule(tenantId, id);
    expect(described).toMatchObject({ cron: '*/2 * * * * *', paused: false });
    expect(described?.nextRunAt?.getTime()).toBeGreaterThan(Date.now() - 2_000);

    await o.orchestrator.pauseSchedule(tenantId, id);
    await until(async () => !(await harness.orchestrator.isRunning(tenantId, id)));
    const paused = await scheduled();
    await new Promise((r) => setTimeout(r, 4_500));
    expect(await scheduled()).toBe(paused);
    expect(await o.orchestrator.describeSchedule(tenantId, id)).toMatchObject({ paused: true, nextRunAt: null });

    await o.orchestrator.upsertSchedule(tenantId, id, '*/3 * * * * *');
    expect(await o.orchestrator.describeSchedule(tenantId, id)).toMatchObject({ cron: '*/3 * * * * *', paused: true });
    await o.orchestrator.resumeSchedule(tenantId, id);
    await until(async () => (await scheduled()) > paused);

    await o.orchestrator.deleteSchedule(tenantId, id);
    expect(await o.orchestrator.describeSchedule(tenantId, id)).toBeNull();
    const logs = await o.h.db.prisma.syncLog.findMany({ where: { connectorId: id } });
    expect(logs.every((l) => l.syncType === 'incremental' && l.trigger === 'schedule')).toBe(true);
    expect(await o.h.db.prisma.person.count({ where: { connectorId: id } })).toBe(30);
  });

  it('skips a tick while a sync started by hand still runs (one workflow id per connector)', async () => {
    o = await orchestrationHarness({ contacts: 400, workflowBundle: bundle, tuning: { batchRecords: 20 } });
    const harness = o;
    const id = await o.connect(20);
    const { tenantId } = o.h;
    cleanup = () => harness.orchestrator.deleteSchedule(tenantId, id);
    o.crm.faults.add({ path: /^\/v1\// }, { kind: 'delay', ms: 150 }, { times: 20 });
    await o.orchestrator.triggerSync(tenantId, id, { mode: 'full' });
    await o.orchestrator.upsertSchedule(tenantId, id, '* * * * * *');
    await o.orchestrator.handle(tenantId, id).result();
    const ticks = (await o.temporal.client.schedule.getHandle(scheduleId(tenantId, id)).describe()).info.recentActions;
    await o.orchestrator.deleteSchedule(tenantId, id);
    const results = await Promise.all(
      ticks.map((t) =>
        harness.temporal.client.workflow.getHandle(t.action.workflow.workflowId, t.action.workflow.firstExecutionRunId).result(),
      ),
    );
    expect(results).toContainEqual({ status: 'skipped' });
    const skipped = ticks[results.findIndex((r) => JSON.stringify(r) === JSON.stringify({ status: 'skipped' }))];
    if (skipped) await recordHistory(o.temporal.client, skipped.action.workflow.workflowId, 'scheduled-skipped');
    await until(async () => !(await harness.orchestrator.isRunning(tenantId, id)));
    const logs = await o.h.db.prisma.syncLog.findMany({ where: { connectorId: id }, orderBy: { startedAt: 'asc' } });
    const manual = logs.find((l) => l.trigger === 'manual');
    expect(manual).toMatchObject({ status: 'completed', recordsCreated: 400 });
    // Ticks during the manual sync were skipped: no scheduled sync overlapped it.
    for (const l of logs.filter((x) => x.trigger === 'schedule')) {
      expect(l.startedAt.getTime()).toBeGreaterThanOrEqual(manual?.completedAt?.getTime() ?? Infinity);
    }
    expect(logs.every((l) => l.status === 'completed')).toBe(true);
  });
});
