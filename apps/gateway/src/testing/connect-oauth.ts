import { consentInSimulator } from './browser.js';
import type { GatewayClient, Result } from './client.js';
import { CONNECT_OAUTH } from './documents.js';

/**
 * Connect an OAuth connector through its sandbox as a person in the
 * console would: connectOAuth, Allow on the consent screen, the callback in
 * the same session, and (Google Ads) pick the first account that is not a
 * manager. The first sync starts on its own. Returns the connector id.
 *
 * @example
 * const id = await connectThroughSandbox(t.admin.client, 'salesforce'); await syncSettled(t.rt, t.tenantId, id);
 */
export async function connectThroughSandbox(client: GatewayClient, type: string): Promise<string> {
  const started = await client.ok<{ connectOAuth: Result<string> }>(CONNECT_OAUTH, { type });
  if (!started.connectOAuth.data) throw new Error(`connectOAuth(${type}) failed: ${JSON.stringify(started.connectOAuth)}`);
  const callback = await client.fetch(await consentInSimulator(started.connectOAuth.data));
  const back = new URL(callback.headers.get('location') ?? '', client.baseUrl);
  const connectorId = back.pathname.split('/').at(-1) ?? '';
  if (callback.status !== 302 || back.searchParams.has('error')) throw new Error(`The ${type} callback failed: ${back.toString()}`);
  if (back.searchParams.get('select') !== '1') return connectorId;
  const listed = await client.ok<{ vendorAccounts: Result<{ id: string; manager: boolean }[]> }>(
    'query($id: ID!) { vendorAccounts(connectorId: $id) { __typename ... on QueryVendorAccountsSuccess { data { id manager } } } }',
    { id: connectorId },
  );
  const account = listed.vendorAccounts.data?.find((a) => !a.manager);
  if (!account) throw new Error(`No ${type} account to select: ${JSON.stringify(listed.vendorAccounts)}`);
  const selected = await client.ok<{ selectAccount: { __typename: string } }>(
    'mutation($id: ID!, $account: String!) { selectAccount(connectorId: $id, accountId: $account) { __typename } }',
    { id: connectorId, account: account.id },
  );
  if (selected.selectAccount.__typename !== 'MutationSelectAccountSuccess')
    throw new Error(`selectAccount failed: ${JSON.stringify(selected)}`);
  return connectorId;
}
