import { afterEach, describe, expect, it } from 'vitest';
import { InProcessOrchestrator } from './in-process.js';
import { INTERRUPTED_MESSAGE } from './recover.js';
import { fakeConnector, fakeSource, pipelineHarness, type PipelineHarness } from './testing/index.js';

const until = async (check: () => Promise<boolean>, timeoutMs = 10_000) => {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('condition not met in time');
};

describe('InProcessOrchestrator', () => {
  let h: PipelineHarness | undefined;
  let orchestrator: InProcessOrchestrator | undefined;
  afterEach(async () => {
    await orchestrator?.close();
    await h?.dispose();
  });

  it('joins a second trigger of a running sync instead of starting another', async () => {
    const source = fakeSource(30, 10);
    source.delayMs = 20;
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    orchestrator = new InProcessOrchestrator(h.deps, { sweepIntervalMs: 0 });
    expect(await orchestrator.triggerSync(h.tenantId, id, { mode: 'full' })).toEqual({ status: 'started' });
    expect(await orchestrator.triggerSync(h.tenantId, id, { mode: 'full' })).toEqual({ status: 'already_running' });
    expect(await orchestrator.isRunning(h.tenantId, id)).toBe(true);
    expect((await orchestrator.waitFor(h.tenantId, id))?.status).toBe('completed');
    expect(await h.db.prisma.syncLog.count({ where: { connectorId: id } })).toBe(1);
    expect(source.calls).toHaveLength(3);
  });

  it('runs at most `concurrency` syncs at once and queues the rest', async () => {
    const sources = [fakeSource(20, 10), fakeSource(20, 10), fakeSource(20, 10)];
    sources.forEach((s) => (s.delayMs = 15));
    h = await pipelineHarness(sources.map((s, i) => fakeConnector(s, `fake-${i}`)));
    const harness = h;
    const ids = await Promise.all(sources.map((_, i) => harness.connect(`fake-${i}`, { apiKey: 'key_0123456789' })));
    orchestrator = new InProcessOrchestrator(h.deps, { concurrency: 1, sweepIntervalMs: 0 });
    const o = orchestrator;
    for (const id of ids) await o.triggerSync(harness.tenantId, id, { mode: 'full' });
    await Promise.all(ids.map((id) => o.waitFor(harness.tenantId, id)));
    const logs = await h.db.prisma.syncLog.findMany({ orderBy: { startedAt: 'asc' } });
    expect(logs.map((l) => l.status)).toEqual(['completed', 'completed', 'completed']);
    for (let i = 1; i < logs.length; i++) {
      expect(logs[i]?.startedAt.getTime()).toBeGreaterThanOrEqual(logs[i - 1]?.completedAt?.getTime() ?? Infinity);
    }
  });

  it('fires a schedule, pauses, resumes, replaces and deletes it', async () => {
    h = await pipelineHarness([fakeConnector(fakeSource(5, 10))]);
    const harness = h;
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    orchestrator = new InProcessOrchestrator(h.deps, { sweepIntervalMs: 0 });
    const o = orchestrator;
    const scheduled = () => harness.db.prisma.syncLog.count({ where: { connectorId: id, trigger: 'schedule' } });
    await o.upsertSchedule(h.tenantId, id, '* * * * * *');
    await until(async () => (await scheduled()) >= 1);
    expect(await o.describeSchedule(h.tenantId, id)).toMatchObject({ cron: '* * * * * *', paused: false });

    await o.pauseSchedule(h.tenantId, id);
    await until(async () => !(await o.isRunning(harness.tenantId, id)));
    const paused = await scheduled();
    await new Promise((r) => setTimeout(r, 2_200));
    expect(await scheduled()).toBe(paused);
    expect(await o.describeSchedule(h.tenantId, id)).toMatchObject({ paused: true, nextRunAt: null });

    await o.upsertSchedule(h.tenantId, id, '*/2 * * * * *');
    expect(await o.describeSchedule(h.tenantId, id)).toMatchObject({ cron: '*/2 * * * * *', paused: true });
    await o.resumeSchedule(h.tenantId, id);
    await until(async () => (await scheduled()) > paused);

    await o.deleteSchedule(h.tenantId, id);
    expect(await o.describeSchedule(h.tenantId, id)).toBeNull();
    const logs = await h.db.prisma.syncLog.findMany({ where: { connectorId: id, trigger: 'schedule' } });
    expect(logs.every((l) => l.syncType === 'incremental')).toBe(true);
  });

  it('corrects a connector left syncing by a dead process and lets the next run resume', async () => {
    const source = fakeSource(30, 10);
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    await h.db.prisma.connector.update({
      where: { id },
      data: { status: 'syncing', lastSyncCursor: JSON.stringify({ offset: 10, deletedSeen: 0 }) },
    });
    const stale = await h.db.prisma.syncLog.create({
      data: { tenantId: h.tenantId, connectorId: id, syncType: 'full', status: 'running' },
    });
    orchestrator = new InProcessOrchestrator(h.deps, { sweepIntervalMs: 0 });
    expect(await orchestrator.sweep(0)).toBe(1);
    expect(await h.db.prisma.syncLog.findUniqueOrThrow({ where: { id: stale.id } })).toMatchObject({
      status: 'failed',
      errorMessage: INTERRUPTED_MESSAGE,
    });
    expect(await h.db.prisma.connector.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'error', lastErrorKind: 'transient' });
    await orchestrator.triggerSync(h.tenantId, id, { mode: 'incremental' });
    expect(await orchestrator.waitFor(h.tenantId, id)).toMatchObject({ status: 'completed', created: 20 });
    expect(source.calls[0]).toBe(JSON.stringify({ offset: 10, deletedSeen: 0 }));
  });

  it('cancels a running sync after its current page', async () => {
    const source = fakeSource(200, 10);
    source.delayMs = 25;
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    orchestrator = new InProcessOrchestrator(h.deps, { sweepIntervalMs: 0, run: { batchRecords: 10 } });
    await orchestrator.triggerSync(h.tenantId, id, { mode: 'full' });
    await new Promise((r) => setTimeout(r, 150));
    expect(await orchestrator.cancelSync(h.tenantId, id)).toBe(true);
    const outcome = await orchestrator.waitFor(h.tenantId, id);
    expect(outcome?.status).toBe('cancelled');
    expect(outcome?.pages).toBeLessThan(20);
    expect(await orchestrator.cancelSync(h.tenantId, id)).toBe(false);
  });
});
