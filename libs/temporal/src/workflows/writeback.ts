import type { WritebackInput, WritebackSummary } from '../shared/types.js';
import { writebackActivities } from './activities.js';

/**
 * Push field values back to the vendor through the connector's
 * `writeback` (declared by connectors that support it; the Salesforce
 * connector is the first). Connectors without it fail at once with the
 * non-retryable `writeback_unsupported`.
 *
 * @example
 * await client.workflow.execute(writebackWorkflow, {
 *   workflowId: writebackWorkflowId(tenantId, connectorId), taskQueue,
 *   args: [{ tenantId, connectorId, items: [{ entity: 'person', stream: 'contacts', externalId: '003A', fields: { score: 87 } }] }],
 * });
 */
export async function writebackWorkflow(input: WritebackInput): Promise<WritebackSummary> {
  return writebackActivities().writeback(input);
}
