import { OAuthConfig } from '@tributary/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentInSimulator } from '../testing/browser.js';
import type { GatewayClient, Result } from '../testing/client.js';
import { CONNECT_OAUTH, CONNECTOR, DISCONNECT, type ConnectorView } from '../testing/documents.js';
import { startTestGateway, type SignedIn, type TestGateway } from '../testing/harness.js';
import { recordSandbox } from '../testing/sandbox-requests.js';
import { syncSettled } from '../testing/wait.js';

let t: TestGateway;
let manager: SignedIn;

beforeAll(async () => {
  t = await startTestGateway();
  manager = await t.addUser(t.tenantId, 'manager');
});
afterAll(() => t.close());

/** connectOAuth as `client`: the consent URL at the Stripe sandbox. */
async function begin(client: GatewayClient): Promise<string> {
  const data = await client.ok<{ connectOAuth: Result<string> }>(CONNECT_OAUTH, { type: 'stripe' });
  if (!data.connectOAuth.data) throw new Error(JSON.stringify(data.connectOAuth));
  return data.connectOAuth.data;
}

/** Call the gateway's callback as `client` (its cookie); returns where the gateway redirects. */
async function callback(client: GatewayClient, url: string): Promise<URL> {
  const response = await client.fetch(url);
  expect(response.status).toBe(302);
  return new URL(response.headers.get('location') ?? '');
}

const stripeRow = () => t.rt.db.prisma.connector.findFirst({ where: { tenantId: t.tenantId, type: 'stripe' } });

/** A rejected callback: back to the console's Sensors page with a message, and no credentials stored. */
async function expectRejected(redirect: URL, message: RegExp): Promise<void> {
  expect(redirect.pathname).toBe('/sensors');
  expect(redirect.searchParams.get('type')).toBe('stripe');
  expect(redirect.searchParams.get('error')).toMatch(message);
  expect(redirect.searchParams.get('error')).toMatch(/again/i);
  const row = await stripeRow();
  expect(row?.config ?? null).toBeNull();
  expect(row?.status).toBe('disconnected');
}

const INVALID_LINK = /not valid any more/;

describe('rejected callbacks store nothing and say what to do', () => {
  it('a state that does not match the one issued', async () => {
    const back = new URL(await consentInSimulator(await begin(manager.client)));
    back.searchParams.set('state', 'forged-state-value');
    await expectRejected(await callback(manager.client, back.toString()), INVALID_LINK);
  });

  it('an expired state', async () => {
    const back = await consentInSimulator(await begin(manager.client));
    await t.rt.db.prisma.oAuthState.updateMany({ where: { usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectRejected(await callback(manager.client, back), INVALID_LINK);
  });

  it('a callback arriving in another session, or in none', async () => {
    const back = await consentInSimulator(await begin(manager.client));
    const other = await t.signIn(manager.email, manager.password);
    await expectRejected(await callback(other.client, back), INVALID_LINK);
    await expectRejected(await callback(t.anonymous, back), INVALID_LINK);
  });

  it('access denied at the consent screen', async () => {
    const back = await consentInSimulator(await begin(manager.client), 'deny');
    expect(new URL(back).searchParams.get('error')).toBe('access_denied');
    await expectRejected(await callback(manager.client, back), /denied on the Stripe consent screen/);
  });
});

describe('Stripe Apps OAuth (the install flow) through the gateway', () => {
  let back = '';
  let connectorId = '';

  it('connects: consent, callback in the same session, tokens stored encrypted, back to the console', async () => {
    const consentUrl = await begin(manager.client);
    // The install link of a public Stripe App; its permissions are in the app's manifest, not in `scope`.
    expect(consentUrl.startsWith(`${t.url}/sandbox/stripe/oauth/v2/authorize?`)).toBe(true);
    expect(new URL(consentUrl).searchParams.get('scope')).toBeNull();
    back = await consentInSimulator(consentUrl);
    expect(back.startsWith(`${t.url}/api/connectors/stripe/callback?`)).toBe(true);
    const redirect = await callback(manager.client, back);
    const row = await stripeRow();
    connectorId = row?.id ?? '';
    expect(redirect.toString()).toBe(`${t.url}/connectors/${connectorId}?connected=1`);
    expect(row).toMatchObject({ status: expect.stringMatching(/connected|syncing/), accountId: 'acct_1TributarySandbox', sandbox: true });
    const config = OAuthConfig.parse(t.rt.vault.decrypt(row?.config ?? '', { tenantId: t.tenantId, connectorId }));
    expect(config.tokens.accountId).toBe('acct_1TributarySandbox');
    expect(row?.config).not.toContain(config.tokens.accessToken);
    const viewed = await manager.client.ok<{ connector: ConnectorView }>(CONNECTOR, { id: connectorId });
    expect(viewed.connector).toMatchObject({ connected: true, accountId: 'acct_1TributarySandbox' });
    expect(row?.health).toMatchObject({ status: 'ok' });
  });

  it('refuses the same callback again (replay) without touching the stored tokens', async () => {
    const before = (await stripeRow())?.config;
    const redirect = await callback(manager.client, back);
    expect(redirect.pathname).toBe('/sensors');
    expect(redirect.searchParams.get('error')).toMatch(INVALID_LINK);
    expect((await stripeRow())?.config).toBe(before);
  });

  it('then syncs with the access token', async () => {
    const log = await syncSettled(t.rt, t.tenantId, connectorId);
    expect(log).toMatchObject({ status: 'completed', trigger: 'connect' });
    expect(await t.rt.db.prisma.charge.count({ where: { connectorId } })).toBeGreaterThan(4000);
  });

  it('disconnects: deauthorizes the account at Stripe, after which its access token is refused', async () => {
    const row = await stripeRow();
    const { tokens } = OAuthConfig.parse(t.rt.vault.decrypt(row?.config ?? '', { tenantId: t.tenantId, connectorId }));
    const balance = () => fetch(`${t.url}/sandbox/stripe/v1/balance`, { headers: { authorization: `Bearer ${tokens.accessToken}` } });
    expect((await balance()).status).toBe(200);

    const recording = recordSandbox(t.rt, 'stripe');
    const result = await t.admin.client
      .ok<{ disconnect: Result<ConnectorView> }>(DISCONNECT, { id: connectorId })
      .finally(() => recording.stop());
    expect(result.disconnect.data).toMatchObject({ connected: false, status: 'disconnected' });
    // Beside the token endpoint (https://docs.stripe.com/connect/oauth-reference#post-deauthorize): the platform's secret key, client_id and stripe_user_id.
    expect(recording.requests.filter((r) => r.path === '/v1/oauth/deauthorize')).toEqual([
      {
        method: 'POST',
        path: '/v1/oauth/deauthorize',
        authorization: `Bearer ${t.rt.sandboxes.get('stripe')?.apiKey}`,
        form: { client_id: t.rt.oauth.client('stripe')?.clientId, stripe_user_id: 'acct_1TributarySandbox' },
        status: 200,
      },
    ]);
    expect((await balance()).status).toBe(401);

    const audit = await t.rt.db.prisma.auditLog.findFirst({ where: { tenantId: t.tenantId, action: 'connector.disconnect' } });
    expect(audit?.details).toMatchObject({ type: 'stripe', revocation: 'revoked' });
    expect((await stripeRow())?.config).toBeNull();
    expect(await t.rt.db.prisma.charge.count({ where: { connectorId } })).toBeGreaterThan(4000);
  });
});
