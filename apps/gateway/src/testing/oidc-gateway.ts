import { OAuthConfig } from '@tributary/core';
import { createRegistry } from '@tributary/catalog';
import { startAuthorizationServer, type AuthorizationServer } from './authorization-server.js';
import { authorizeInBrowser } from './browser.js';
import type { GatewayClient, Result } from './client.js';
import { CONNECT_OAUTH } from './documents.js';
import { startTestGateway, type TestGateway } from './harness.js';
import { OIDC_TEST_TYPE, oidcClientEnv, oidcTestConnector } from './oidc-connector.js';

export interface OidcGateway {
  t: TestGateway;
  as: AuthorizationServer;
  /** connectOAuth for the test connector: the authorization server's URL. */
  begin(client: GatewayClient): Promise<string>;
  /** The whole flow: connectOAuth, sign-in and consent at the server, the callback with the client's cookie. */
  connect(client: GatewayClient): Promise<{ connectorId: string; redirect: URL }>;
  /** Call the gateway's callback as `client`; where the gateway redirects. */
  callback(client: GatewayClient, url: string): Promise<URL>;
  /** The decrypted tokens stored for the tenant's connector. */
  storedTokens(): Promise<OAuthConfig['tokens']>;
  /** Replace the stored config (as another process with an older copy would have written it). */
  storeConfig(config: OAuthConfig): Promise<void>;
  connectorId(): Promise<string>;
  close(): Promise<void>;
}

/** oidc-provider on 127.0.0.1 and a gateway whose registry holds a connector pointed at it (its OAuth app from the environment). */
export async function startOidcGateway(options: { refreshTokens?: boolean } = {}): Promise<OidcGateway> {
  const as = await startAuthorizationServer(options);
  const t = await startTestGateway({ registry: createRegistry([oidcTestConnector(as)]), env: oidcClientEnv(as) });
  as.start(`${t.url}/api/connectors/${OIDC_TEST_TYPE}/callback`);
  const prisma = t.rt.db.prisma;
  const connectorId = async () => (await prisma.connector.findFirstOrThrow({ where: { tenantId: t.tenantId, type: OIDC_TEST_TYPE } })).id;
  const binding = async () => ({ tenantId: t.tenantId, connectorId: await connectorId() });

  const begin = async (client: GatewayClient) => {
    const data = await client.ok<{ connectOAuth: Result<string> }>(CONNECT_OAUTH, { type: OIDC_TEST_TYPE });
    if (!data.connectOAuth.data) throw new Error(JSON.stringify(data.connectOAuth));
    return data.connectOAuth.data;
  };
  const callback = async (client: GatewayClient, url: string) => {
    const response = await client.fetch(url);
    if (response.status !== 302) throw new Error(`The callback answered ${response.status}`);
    return new URL(response.headers.get('location') ?? '');
  };
  return {
    t,
    as,
    begin,
    callback,
    async connect(client) {
      const redirect = await callback(client, await authorizeInBrowser(await begin(client)));
      return { connectorId: await connectorId(), redirect };
    },
    async storedTokens() {
      const row = await prisma.connector.findUniqueOrThrow({ where: { id: await connectorId() } });
      return OAuthConfig.parse(t.rt.vault.decrypt(row.config ?? '', await binding())).tokens;
    },
    async storeConfig(config) {
      await prisma.connector.update({ where: { id: await connectorId() }, data: { config: t.rt.vault.encrypt(config, await binding()) } });
    },
    connectorId,
    async close() {
      await t.close();
      await as.close();
    },
  };
}
