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

  it('refuses a cron with no next run, and keeps pause only when it was paused (never inferred from the job)', async () => {
    h = await pipelineHarness([fakeConnector(fakeSource(5, 10))]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    orchestrator = new InProcessOrchestrator(h.deps, { sweepIntervalMs: 0 });
    const o = orchestrator;
    await expect(o.upsertSchedule(h.tenantId, id, '0 0 30 2 *')).rejects.toThrow(/never runs/);
    expect(await o.describeSchedule(h.tenantId, id)).toBeNull();

    await o.upsertSchedule(h.tenantId, id, '0 0 1 1 *');
    await o.upsertSchedule(h.tenantId, id, '0 * * * *');
    expect(await o.describeSchedule(h.tenantId, id)).toMatchObject({ cron: '0 * * * *', paused: false, nextRunAt: expect.any(Date) });
    await o.pauseSchedule(h.tenantId, id);
    await o.upsertSchedule(h.tenantId, id, '30 * * * *');
    expect(await o.describeSchedule(h.tenantId, id)).toMatchObject({ cron: '30 * * * *', paused: true, nextRunAt: null });
    await o.resumeSchedule(h.tenantId, id);
    expect(await o.describeSchedule(h.tenantId, id)).toMatchObject({ paused: false, nextRunAt: expect.any(Date) });
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

describe('InProcessOrchestrator writeback', () => {
  let h: PipelineHarness | undefined;
  let orchestrator: InProcessOrchestrator | undefined;
  afterEach(async () => {
    await orchestrator?.close();
    await h?.dispose();
  });

  /** Recent activities of p_0 (two) and p_1 (one), so both get an engagement score. */
  const seedActivities = (harness: PipelineHarness, connectorId: string, ids: string[]) =>
    harness.db.prisma.activity.createMany({
      data: ids.map((externalId, i) => ({
        tenantId: harness.tenantId,
        connectorId,
        externalId,
        type: 'email',
        occurredAt: new Date(Date.now() - (i + 1) * 3_600_000),
        personExternalId: i < 2 ? 'p_0' : 'p_1',
        raw: {},
      })),
    });

  it('writes changed scores back after a completed sync, and only the changed ones on the next trigger', async () => {
    const source = fakeSource(3, 10);
    h = await pipelineHarness([fakeConnector(source, 'fake', { writeback: true })]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' }, { writeback: { enabled: true } });
    await seedActivities(h, id, ['a_0', 'a_1', 'a_2']);
    orchestrator = new InProcessOrchestrator(h.deps, { sweepIntervalMs: 0 });
    await orchestrator.triggerSync(h.tenantId, id, { mode: 'full' });
    expect((await orchestrator.waitFor(h.tenantId, id))?.status).toBe('completed');
    expect(source.written.map((i) => i.externalId).sort()).toEqual(['p_0', 'p_1']);
    const stored = await h.db.prisma.writebackValue.findMany({ where: { connectorId: id }, orderBy: { externalId: 'asc' } });
    expect(stored.map((v) => v.externalId)).toEqual(['p_0', 'p_1']);
    expect(stored[0]?.value).toBeGreaterThan(stored[1]?.value ?? Infinity);

    await h.db.prisma.activity.create({
      data: {
        tenantId: h.tenantId,
        connectorId: id,
        externalId: 'a_9',
        type: 'meeting',
        occurredAt: new Date(),
        personExternalId: 'p_1',
        raw: {},
      },
    });
    source.written.length = 0;
    expect(await orchestrator.triggerWriteback(h.tenantId, id)).toEqual({ status: 'started' });
    await orchestrator.waitForWriteback(h.tenantId, id);
    expect(source.written.map((i) => i.externalId)).toEqual(['p_1']);
    source.written.length = 0;
    await orchestrator.triggerWriteback(h.tenantId, id);
    await orchestrator.waitForWriteback(h.tenantId, id);
    expect(source.written).toEqual([]);
  });

  it('keeps a writeback that failed as a whole as a dead letter with the reason, and sends the scores next time', async () => {
    const source = fakeSource(3, 10);
    source.writebackFailure = () => new Error('connect ECONNREFUSED 127.0.0.1:9');
    h = await pipelineHarness([fakeConnector(source, 'fake', { writeback: true })]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' }, { writeback: { enabled: true } });
    await seedActivities(h, id, ['a_0', 'a_1', 'a_2']);
    orchestrator = new InProcessOrchestrator(h.deps, { sweepIntervalMs: 0 });
    await orchestrator.triggerSync(h.tenantId, id, { mode: 'full' });
    expect((await orchestrator.waitFor(h.tenantId, id))?.status).toBe('completed');
    const letters = await h.db.prisma.deadLetter.findMany({ where: { connectorId: id } });
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ kind: 'batch', stream: 'writeback' });
    expect(letters[0]?.reason).toMatch(/^Writeback failed \(transient\): .*ECONNREFUSED.*next writeback sends every changed score/);
    expect(await h.db.prisma.writebackValue.count({ where: { connectorId: id } })).toBe(0);

    delete source.writebackFailure;
    await orchestrator.triggerWriteback(h.tenantId, id);
    await orchestrator.waitForWriteback(h.tenantId, id);
    expect(source.written.map((i) => i.externalId).sort()).toEqual(['p_0', 'p_1']);
  });
});
