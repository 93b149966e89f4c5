import { forTenant } from '@tributary/db';
import { afterEach, describe, expect, it } from 'vitest';
import { replayDeadLetters } from './replay.js';
import { runSync } from './run-sync.js';
import { fakeConnector, fakeSource, pipelineHarness, type PipelineHarness } from './testing/index.js';

/** Map every contact's external id from a field no row has: the whole stream is rejected. */
const breakMapping = (h: PipelineHarness, connectorId: string) =>
  forTenant(h.db.prisma, h.tenantId).fieldMappings.replace(connectorId, [
    { stream: 'contacts', source: 'missing_id', target: 'externalId', transform: 'none' },
  ]);

describe('dead letters: a lifecycle', () => {
  let h: PipelineHarness | undefined;
  afterEach(async () => h?.dispose());

  it('counts a repeated rejection on one letter and resolves it when the record later stores', async () => {
    const source = fakeSource(20, 10);
    source.rows[3] = { id: 'p_3', email: 'broken-email' };
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    const scope = forTenant(h.db.prisma, h.tenantId);
    for (let i = 0; i < 2; i++) await runSync(h.deps, h.tenantId, id, { mode: 'full' });
    const [letter, ...others] = await scope.deadLetters.list(id);
    expect(others).toEqual([]);
    expect(letter).toMatchObject({ externalId: 'p_3', status: 'open', count: 2 });
    expect(letter?.lastSeenAt.getTime()).toBeGreaterThan(letter?.createdAt.getTime() ?? Infinity);
    expect(await scope.deadLetters.count(id)).toBe(1);

    source.rows[3] = { id: 'p_3', email: 'fixed@example.com', name: 'Fixed' };
    await runSync(h.deps, h.tenantId, id, { mode: 'full' });
    const [resolved] = await scope.deadLetters.list(id);
    expect(resolved).toMatchObject({ externalId: 'p_3', status: 'resolved', count: 2 });
    expect(resolved?.resolvedAt).toBeInstanceOf(Date);
    expect(await scope.deadLetters.count(id)).toBe(0);
  });

  it('groups letters by reason, and a dismissed group stays dismissed when its rows are rejected again', async () => {
    const source = fakeSource(30, 10);
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    const scope = forTenant(h.db.prisma, h.tenantId);
    await breakMapping(h, id);
    await runSync(h.deps, h.tenantId, id, { mode: 'full' });
    const groups = await scope.deadLetters.groups(id);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ stream: 'contacts', letters: 30, occurrences: 30, status: 'open' });
    expect(groups[0]?.reason).toMatch(/externalId/);

    expect(await scope.deadLetters.dismissGroup(id, { stream: 'contacts', reason: groups[0]?.reason ?? '' })).toBe(30);
    await runSync(h.deps, h.tenantId, id, { mode: 'full' });
    expect(await scope.deadLetters.groups(id)).toEqual([]);
    const dismissed = await scope.deadLetters.groups(id, 'dismissed');
    expect(dismissed[0]).toMatchObject({ letters: 30, occurrences: 60 });
  });

  it("replays a group through today's mappings without calling the vendor, storing and resolving what passes", async () => {
    const source = fakeSource(25, 10);
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    const scope = forTenant(h.db.prisma, h.tenantId);
    await breakMapping(h, id);
    await runSync(h.deps, h.tenantId, id, { mode: 'full' });
    const [group] = await scope.deadLetters.groups(id);
    if (!group) throw new Error('no group');

    const stillBroken = await replayDeadLetters(h.deps, h.tenantId, id, group);
    expect(stillBroken).toMatchObject({ letters: 25, stored: 0, stillFailing: 25 });
    expect(await scope.deadLetters.count(id)).toBe(25);

    await scope.fieldMappings.replace(id, []);
    const calls = source.calls.length;
    const result = await replayDeadLetters(h.deps, h.tenantId, id, group, { batchLetters: 10 });
    expect(result).toMatchObject({ letters: 25, stored: 25, stillFailing: 0, reason: null });
    expect(source.calls).toHaveLength(calls);
    expect(await h.db.prisma.person.count({ where: { connectorId: id } })).toBe(25);
    expect(await scope.deadLetters.count(id)).toBe(0);
    const log = await scope.syncLogs.get(result.syncLogId);
    expect(log).toMatchObject({ syncType: 'replay', status: 'completed', recordsCreated: 25, recordsFailed: 0 });
  });
});

describe('honest run status', () => {
  let h: PipelineHarness | undefined;
  afterEach(async () => h?.dispose());

  it('records a run that stored nothing while rejecting rows as completed_with_errors, naming the commonest reason', async () => {
    const source = fakeSource(40, 10);
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    await breakMapping(h, id);
    const outcome = await runSync(h.deps, h.tenantId, id, { mode: 'full' });
    expect(outcome).toMatchObject({ status: 'completed_with_errors', created: 0, failed: 40, error: { kind: 'validation' } });
    const log = await forTenant(h.db.prisma, h.tenantId).syncLogs.get(outcome.syncLogId);
    expect(log).toMatchObject({ status: 'completed_with_errors', errorKind: 'validation' });
    expect(log?.errorMessage).toMatch(
      /^Nothing was stored: all 40 rows read were rejected\. Commonest reason \(40 rows of contacts\): externalId/,
    );
    const connector = await h.db.prisma.connector.findUniqueOrThrow({ where: { id } });
    expect(connector).toMatchObject({ status: 'connected', lastErrorKind: 'validation' });
    expect(connector.lastSyncError).toBe(log?.errorMessage);
  });

  it('fails a run whose rejected share reaches the configured rate, and a clean run clears the warning', async () => {
    const source = fakeSource(20, 10);
    for (let i = 0; i < 12; i++) source.rows[i] = { id: `p_${i}`, email: 'broken-email' };
    h = await pipelineHarness([fakeConnector(source)]);
    const id = await h.connect('fake', { apiKey: 'key_0123456789' });
    const failing = await runSync({ ...h.deps, failRejectRate: 0.5 }, h.tenantId, id, { mode: 'full' });
    expect(failing).toMatchObject({ status: 'failed', created: 8, failed: 12, error: { kind: 'validation' } });
    expect(failing.error?.message).toMatch(/^12 of 20 rows were rejected/);
    expect(await h.db.prisma.connector.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'error' });

    const lenient = await runSync(h.deps, h.tenantId, id, { mode: 'full' });
    expect(lenient.status).toBe('completed');
    expect(await h.db.prisma.connector.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'connected', lastSyncError: null });
  });
});
