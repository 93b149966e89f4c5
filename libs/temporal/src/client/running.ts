import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { syncWorkflowId } from '../shared/ids.js';

/**
 * Whether the connector's sync workflow is running now (manual and
 * scheduled syncs share its id).
 *
 * @example
 * if (!(await isSyncRunning(client, tenantId, connectorId))) console.warn('idle');
 */
export async function isSyncRunning(client: Client, tenantId: string, connectorId: string): Promise<boolean> {
  try {
    const described = await client.workflow.getHandle(syncWorkflowId(tenantId, connectorId)).describe();
    return described.status.name === 'RUNNING';
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return false;
    throw error;
  }
}
