import { WorkflowFailedError } from '@temporalio/client';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writebackWorkflowId } from '../shared/ids.js';
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
    o = await orchestrationHarness({ contacts: 10, workflowBundle: bundle });
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
    await recordHistory(o.temporal.client, workflowId, 'writeback-unsupported');
  });
});
