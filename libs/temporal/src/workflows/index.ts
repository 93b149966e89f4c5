/**
 * @tributary/temporal/workflows: the workflow code the worker bundles. It
 * imports only `@temporalio/workflow`, activity *types* and pure helpers
 * (deterministic, no I/O).
 */
export { syncConnectorWorkflow } from './sync.js';
export { scheduledSyncWorkflow } from './scheduled.js';
export { writebackWorkflow } from './writeback.js';
