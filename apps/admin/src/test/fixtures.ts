import type { ConnectorDetail } from '../features/connector/types';

/** A connected connector as the detail page loads it, with `overrides`. */
export const connectorDetail = (overrides: Partial<ConnectorDetail> = {}): ConnectorDetail => ({
  id: 'c1',
  type: 'stripe',
  name: 'Stripe',
  status: 'connected',
  connected: true,
  sandbox: true,
  accountId: null,
  accountName: null,
  lastSyncAt: null,
  settings: {},
  createdAt: '2026-01-01T00:00:00.000Z',
  webhookUrl: null,
  deadLetterCount: 0,
  schedule: null,
  health: null,
  connectorType: null,
  lastError: null,
  currentSync: null,
  lastSync: null,
  recentSyncs: { edges: [] },
  ...overrides,
});
