import { DefaultLogger, Runtime, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadHistories } from '../testing/history-fixtures.js';
import { bundleSyncWorkflows } from '../worker/bundle.js';

/**
 * Histories recorded on a real server by the integration suites
 * (TRIBUTARY_RECORD_HISTORIES=1 npm run test:services -- -p temporal),
 * replayed against today's workflow code: a change that would break running
 * workflows (non-determinism) fails here, without a server.
 */
describe('workflow replay of recorded histories', () => {
  let workflowBundle: WorkflowBundleWithSourceMap;
  const histories = loadHistories();
  beforeAll(async () => {
    try {
      Runtime.install({ logger: new DefaultLogger('WARN') });
    } catch {
      // Already installed by another suite in this process.
    }
    workflowBundle = await bundleSyncWorkflows();
  });

  it('has fixtures for every sync path', () => {
    expect(histories.map((h) => h.name)).toEqual(
      expect.arrayContaining([
        'auth-failure.json',
        'cancel-during-retries.json',
        'cancelled-sync.json',
        'continued-sync.json',
        'faults-sync.json',
        'full-sync.json',
        'incremental-sync.json',
        'poison-batch.json',
        'writeback-after-sync.json',
        'writeback-scores.json',
      ]),
    );
  });

  it('replays every recorded history deterministically', async () => {
    const results = [];
    for await (const result of Worker.runReplayHistories({ workflowBundle }, histories)) results.push(result);
    expect(results.map((r) => [r.workflowId, r.error?.message])).toEqual(histories.map((h) => [h.workflowId, undefined]));
  });
});
