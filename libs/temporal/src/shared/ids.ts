/**
 * Workflow ids. Every sync of a connector, manual or scheduled, runs under
 * one workflow id, so Temporal itself refuses a second one while the first
 * runs. Pure functions: workflow code imports them.
 */

/** The id of a connector's sync workflow: `sync-<tenantId>-<connectorId>`. */
export const syncWorkflowId = (tenantId: string, connectorId: string) => `sync-${tenantId}-${connectorId}`;

/** The id prefix of the workflows a connector's schedule starts (Temporal appends the scheduled time). */
export const scheduledWorkflowId = (tenantId: string, connectorId: string) => `scheduled-sync-${tenantId}-${connectorId}`;

/** The id of a connector's writeback workflow (one at a time per connector). */
export const writebackWorkflowId = (tenantId: string, connectorId: string) => `writeback-${tenantId}-${connectorId}`;
