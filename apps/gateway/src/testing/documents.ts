import type { GatewayClient, Result } from './client.js';

/** Selection for a mutation's typed errors (every one implements `Error`). */
export const ERRORS = `
  __typename
  ... on Error { message }
  ... on InputError { fieldErrors { path message } }
  ... on VendorError { kind suggestedFix }
`;

export const CONNECTOR_FIELDS = 'id type status connected sandbox accountId lastSyncAt schedule { cron paused } lastError { kind message }';

export interface ConnectorView {
  id: string;
  type: string;
  status: string;
  connected: boolean;
  sandbox: boolean;
  accountId: string | null;
  lastSyncAt: string | null;
  schedule: { cron: string; paused: boolean } | null;
  lastError: { kind: string; message: string } | null;
}

export const CONNECT_API_KEY = `mutation Connect($type: String!, $credentials: [CredentialInput!], $useSandbox: Boolean) {
  connectApiKey(type: $type, credentials: $credentials, useSandbox: $useSandbox) {
    ${ERRORS}
    ... on MutationConnectApiKeySuccess { data { ${CONNECTOR_FIELDS} } }
  }
}`;

export const CONNECT_OAUTH = `mutation ConnectOAuth($type: String!) {
  connectOAuth(type: $type) { ${ERRORS} ... on MutationConnectOAuthSuccess { data } }
}`;

export const TRIGGER_SYNC = `mutation Trigger($id: ID!, $full: Boolean) {
  triggerSync(connectorId: $id, full: $full) { ${ERRORS} ... on MutationTriggerSyncSuccess { data { status mode } } }
}`;

export const DISCONNECT = `mutation Disconnect($id: ID!) {
  disconnect(connectorId: $id) { ${ERRORS} ... on MutationDisconnectSuccess { data { ${CONNECTOR_FIELDS} } } }
}`;

export const CONNECTOR = `query Connector($id: ID!) { connector(id: $id) { ${CONNECTOR_FIELDS} } }`;

export const CHARGES = `query Charges($first: Int, $after: String, $filter: CanonicalFilter) {
  charges(first: $first, after: $after, filter: $filter) {
    edges { cursor node { externalId connectorId amount currency status amountRefunded customerEmail description occurredAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export interface ChargeNode {
  externalId: string;
  connectorId: string;
  amount: number;
  currency: string;
  status: string;
  amountRefunded: number;
  customerEmail: string | null;
  description: string | null;
  occurredAt: string;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Connect Stripe: `useSandbox`, or the given key (the sandbox's key reaches the sandbox) and webhook secret. */
export async function connectStripe(client: GatewayClient, keys?: { apiKey: string; webhookSecret?: string }): Promise<ConnectorView> {
  const credentials = keys ? Object.entries(keys).map(([name, value]) => ({ name, value })) : undefined;
  const variables = credentials ? { type: 'stripe', credentials } : { type: 'stripe', useSandbox: true };
  const data = await client.ok<{ connectApiKey: Result<ConnectorView> }>(CONNECT_API_KEY, variables);
  const connector = data.connectApiKey.data;
  if (!connector) throw new Error(`connectApiKey failed: ${JSON.stringify(data.connectApiKey)}`);
  return connector;
}
