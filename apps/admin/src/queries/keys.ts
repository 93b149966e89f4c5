/**
 * Query keys, nested so one prefix invalidates a whole subtree:
 * `['connectors', tenantId]` covers the list, every detail and their logs.
 */
export const keys = {
  me: ['me'] as const,
  tenant: (tenantId: string) => ['tenant', tenantId] as const,
  connectorTypes: (tenantId: string) => ['connectorTypes', tenantId] as const,
  connectors: (tenantId: string) => ['connectors', tenantId] as const,
  connectorList: (tenantId: string) => ['connectors', tenantId, 'list'] as const,
  connector: (tenantId: string, id: string) => ['connectors', tenantId, 'detail', id] as const,
  syncLogs: (tenantId: string, id: string) => ['connectors', tenantId, 'detail', id, 'syncLogs'] as const,
  syncRun: (tenantId: string, id: string, runId: string) => ['connectors', tenantId, 'detail', id, 'syncRuns', runId] as const,
  deadLetters: (tenantId: string, id: string) => ['connectors', tenantId, 'detail', id, 'deadLetters'] as const,
  mappings: (tenantId: string, id: string) => ['connectors', tenantId, 'detail', id, 'mappings'] as const,
  mappingPreview: (tenantId: string, id: string, input: unknown) =>
    ['connectors', tenantId, 'detail', id, 'mappings', 'preview', input] as const,
  vendorAccounts: (tenantId: string, id: string) => ['connectors', tenantId, 'detail', id, 'vendorAccounts'] as const,
  o365Privacy: (tenantId: string, id: string) => ['connectors', tenantId, 'detail', id, 'o365Privacy'] as const,
  cronPreview: (cron: string) => ['cronPreview', cron] as const,
  data: (tenantId: string) => ['data', tenantId] as const,
  records: (tenantId: string, entity: string, filter: unknown, after: string | null) => ['data', tenantId, entity, filter, after] as const,
  samples: (tenantId: string, connectorId: string) => ['data', tenantId, 'samples', connectorId] as const,
  channelMetrics: (tenantId: string, range: unknown) => ['data', tenantId, 'channelMetrics', range] as const,
  revenue: (tenantId: string, range: unknown) => ['data', tenantId, 'revenue', range] as const,
  attribution: (tenantId: string, params: unknown) => ['data', tenantId, 'attribution', params] as const,
  members: (tenantId: string) => ['members', tenantId] as const,
  invitations: (tenantId: string) => ['members', tenantId, 'invitations'] as const,
  apiTokens: (tenantId: string) => ['apiTokens', tenantId] as const,
  auditLog: (tenantId: string) => ['auditLog', tenantId] as const,
};
