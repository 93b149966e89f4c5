import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { SyncOutcome } from '@tributary/sync';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { syncWorkflowId } from '../shared/ids.js';
import { orchestrationHarness, recordHistory, requireTemporalAddress, type OrchestrationHarness } from '../testing/index.js';
import { bundleSyncWorkflows } from '../worker/bundle.js';

// Generous: on a loaded 2-core machine a worker can take tens of seconds to pick up its first task.
const until = async (check: () => Promise<boolean>, timeoutMs = 90_000) => {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not met in time');
};

/**
 * Attempts a second apart. Without the fix a cancel waited for all of them, then the sync failed; thirty leave a
 * cancel half a minute to arrive on a loaded machine (with ten, a CI run under load used them all up first).
 */
const SLOW_RETRIES = { retry: { initialMs: 1_000, backoff: 1, maxMs: 1_000, maximumAttempts: 30 } };

describe('a sync whose batch keeps failing, on a real Temporal server', () => {
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

  it('shows the failing attempt’s error while it retries, and a cancel ends it with no further attempt', async () => {
    o = await orchestrationHarness({ contacts: 200, workflowBundle: bundle, tuning: SLOW_RETRIES });
    const harness = o;
    const id = await o.connect(50);
    // The first batch (two pages of 50) is stored; every request after it fails.
    o.crm.faults.add({ path: '/v1/contacts' }, { kind: 'status', status: 503 }, { times: Infinity, after: 2 });
    await o.orchestrator.triggerSync(o.h.tenantId, id, { mode: 'full' });
    const connector = () => harness.h.db.prisma.connector.findUniqueOrThrow({ where: { id } });
    // Attempt 2 or later: a slow poll on a loaded machine can miss the one second attempt 2's error is shown.
    const attempt = (error: string | null) => Number(/^Attempt (\d+) of 30 failed/.exec(error ?? '')?.[1] ?? 0);
    await until(async () => attempt((await connector()).lastSyncError) >= 2);
    const retrying = await connector();
    expect(retrying).toMatchObject({ status: 'syncing', lastErrorKind: 'transient' });
    expect(retrying.lastSyncError).toMatch(/^Attempt \d+ of 30 failed: .*503/);

    expect(await o.orchestrator.cancelSync(o.h.tenantId, id)).toBe(true);
    const outcome = (await o.orchestrator.handle(o.h.tenantId, id).result()) as SyncOutcome;
    expect(outcome).toMatchObject({ status: 'cancelled', created: 100, pages: 2 });
    const contacts = () => harness.crm.requests.all.filter((r) => r.path === '/v1/contacts').length;
    const atCancel = contacts();
    // Longer than the retry interval: a retry scheduled before the cancel would have run by now.
    await new Promise((r) => setTimeout(r, 2_500));
    expect(contacts()).toBe(atCancel);
    // One fault per attempt after the stored batch: fewer than the thirty a sync that ignored the cancel would use.
    expect(o.crm.faults.fired().length).toBeLessThan(30);
    expect(await connector()).toMatchObject({ status: 'connected' });
    expect(await o.h.db.prisma.syncLog.findUniqueOrThrow({ where: { id: outcome.syncLogId } })).toMatchObject({ status: 'cancelled' });
    expect(await o.h.db.prisma.person.count({ where: { connectorId: id } })).toBe(100);
    await recordHistory(o.temporal.client, syncWorkflowId(o.h.tenantId, id), 'cancel-during-retries');
  }, 240_000);

  it('a retry that goes through clears the attempt’s error, and the sync completes', async () => {
    o = await orchestrationHarness({ contacts: 200, workflowBundle: bundle, tuning: SLOW_RETRIES });
    const harness = o;
    const id = await o.connect(50);
    o.crm.faults.add({ path: '/v1/contacts' }, { kind: 'status', status: 503 }, { times: 4, after: 1 });
    await o.orchestrator.triggerSync(o.h.tenantId, id, { mode: 'full' });
    await until(async () => (await harness.h.db.prisma.connector.findUniqueOrThrow({ where: { id } })).lastSyncError !== null);
    const outcome = (await o.orchestrator.handle(o.h.tenantId, id).result()) as SyncOutcome;
    expect(outcome).toMatchObject({ status: 'completed', created: 200 });
    expect(await o.h.db.prisma.connector.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'connected',
      lastSyncError: null,
      lastErrorKind: null,
    });
  }, 240_000);
});
