import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { ChildWorkflowFailure, ParentClosePolicy, WorkflowIdReusePolicy, executeChild, workflowInfo } from '@temporalio/workflow';
import { syncWorkflowId } from '../shared/ids.js';
import type { ScheduledSyncInput, ScheduledSyncResult } from '../shared/types.js';
import { failureOf } from './failure.js';
import { syncConnectorWorkflow } from './sync.js';

/**
 * What a connector's Temporal Schedule starts: the connector's sync under
 * its one workflow id (`sync-<tenant>-<connector>`), so a tick that lands
 * while a sync started by hand still runs is skipped instead of running a
 * second sync. Incremental unless the schedule says otherwise.
 *
 * @example
 * // the schedule action: { type: 'startWorkflow', workflowType: 'scheduledSyncWorkflow', args: [{ tenantId, connectorId }] }
 */
export async function scheduledSyncWorkflow(input: ScheduledSyncInput): Promise<ScheduledSyncResult> {
  try {
    const outcome = await executeChild(syncConnectorWorkflow, {
      workflowId: syncWorkflowId(input.tenantId, input.connectorId),
      taskQueue: workflowInfo().taskQueue,
      args: [
        {
          tenantId: input.tenantId,
          connectorId: input.connectorId,
          mode: input.mode ?? 'incremental',
          trigger: 'schedule',
          ...(input.tuning ? { tuning: input.tuning } : {}),
        },
      ],
      workflowIdReusePolicy: WorkflowIdReusePolicy.ALLOW_DUPLICATE,
      // The sync outlives a terminated schedule run; it is the connector's, not the tick's.
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
    return { status: outcome.status, syncLogId: outcome.syncLogId };
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return { status: 'skipped' };
    if (error instanceof ChildWorkflowFailure) return { status: 'failed', error: failureOf(error.cause) };
    throw error;
  }
}
