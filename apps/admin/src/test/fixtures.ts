import type { ConnectorDetail } from '../features/connector/types';
import type { MetricRow } from '../features/dashboard/aggregate';
import type { ConnectorSummary, SensorType } from '../features/sensors/types';

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
  credentialWarning: null,
  connectorType: null,
  lastError: null,
  rowsHeld: 0,
  currentSync: null,
  lastSync: null,
  recentSyncs: { edges: [] },
  ...overrides,
});

/** A connector of the catalog as the Sensors query lists it (Salesforce: OAuth, CRM), with `overrides`. */
export const sensorType = (overrides: Partial<SensorType> = {}): SensorType => ({
  id: 'salesforce',
  name: 'Salesforce',
  description: 'Contacts, leads, accounts, opportunities and activities',
  category: 'crm',
  categoryLabel: 'CRM',
  authMethod: 'OAUTH2',
  oauthAvailable: true,
  sandboxAvailable: true,
  accountSelection: false,
  docsUrl: null,
  authFields: [],
  ...overrides,
});

/** A connected connector as its Sensors card shows it, with `overrides`. */
export const connectorSummary = (overrides: Partial<ConnectorSummary> = {}): ConnectorSummary => ({
  id: 'c-sf',
  type: 'salesforce',
  name: 'Salesforce',
  status: 'connected',
  connected: true,
  sandbox: false,
  accountId: null,
  accountName: null,
  lastSyncAt: '2026-11-01T10:00:00.000Z',
  lastError: null,
  rowsHeld: 0,
  currentSync: null,
  lastSync: null,
  health: null,
  credentialWarning: null,
  recentSyncs: { edges: [] },
  ...overrides,
});

/** One day of one channel's metrics (Google Ads, USD, 100 clicks, 4 conversions, $100 spent), with `overrides`. */
export const metricRow = (overrides: Partial<MetricRow> = {}): MetricRow => ({
  date: '2026-11-01',
  channel: 'google_ads',
  impressions: 1000,
  clicks: 100,
  visitors: 0,
  leads: 0,
  conversions: 4,
  cost: 10_000,
  currency: 'USD',
  ...overrides,
});
