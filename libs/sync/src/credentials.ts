import {
  ConfigError,
  needsRefresh,
  OAuthConfig,
  refreshTokens,
  type AnyConnector,
  type OAuth2AuthSpec,
  type OAuthClient,
} from '@tributary/core';
import { connectorLock } from '@tributary/db';
import type { CredentialCipher, SyncDeps } from './session.js';

/** Where OAuth apps come from: the app credentials per connector type and the endpoints per connection. */
export interface OAuthApps {
  /** The registered OAuth app for a connector type (configured credentials, or the sandbox's). */
  client(type: string): OAuthClient | undefined;
  /** The OAuth spec for one connection, endpoints resolved (login host, sandbox). */
  spec(connector: AnyConnector, settings: unknown): OAuth2AuthSpec | undefined;
}

/** The OAuth spec a connector uses: its primary auth when OAuth, else its optional OAuth alternative. */
export function oauthSpecOf(connector: AnyConnector, settings: unknown): OAuth2AuthSpec | undefined {
  const base = connector.auth.type === 'oauth2' ? connector.auth : connector.oauth;
  if (!base) return undefined;
  return { ...base, ...connector.oauthEndpoints?.(settings) };
}

/**
 * Decrypt a connector's stored config and, for OAuth connections, refresh
 * the access token when it is about to expire (or, with `force`, when the
 * vendor rejected `rejectedAccessToken`). Single-flight across processes:
 * the connector row is locked (`FOR UPDATE`) while refreshing, the new
 * tokens are written before they are used, and a caller that waited on the
 * lock finds them already fresh. Returns the (possibly refreshed) config.
 */
export async function freshConfig(
  deps: Pick<SyncDeps, 'db' | 'registry' | 'vault' | 'oauth'>,
  tenantId: string,
  connectorId: string,
  options: { force?: boolean; rejectedAccessToken?: string; now?: Date } = {},
): Promise<unknown> {
  const binding = { tenantId, connectorId };
  return deps.db.sql.transaction(async (tx) => {
    const locked = connectorLock(tx, tenantId);
    const row = await locked.lock(connectorId);
    if (!row) throw new ConfigError(`Connector ${connectorId} not found`);
    if (!row.config) throw new ConfigError('The connector is not connected: no credentials are stored. Connect it first.');
    const config = decrypt(deps.vault, row.config, binding);
    const oauth = OAuthConfig.safeParse(config);
    if (!oauth.success || !deps.registry.has(row.type)) return config;
    const tokens = oauth.data.tokens;
    const forced =
      options.force === true && (options.rejectedAccessToken === undefined || options.rejectedAccessToken === tokens.accessToken);
    if (!forced && !needsRefresh(tokens, options.now)) return config;
    const connector = deps.registry.get(row.type);
    const spec = deps.oauth?.spec(connector, row.settings) ?? oauthSpecOf(connector, row.settings);
    const client = deps.oauth?.client(row.type);
    if (!spec || !client) throw new ConfigError(`No OAuth app is configured for ${connector.name}; set its client id and secret.`);
    const refreshed = await refreshTokens(spec, client, tokens, { vendor: connector.name });
    const next = { ...(config as Record<string, unknown>), tokens: refreshed };
    await locked.storeConfig(connectorId, deps.vault.encrypt(next, binding));
    return next;
  });
}

function decrypt(vault: CredentialCipher, envelope: string, binding: { tenantId: string; connectorId: string }): unknown {
  try {
    return vault.decrypt(envelope, binding);
  } catch {
    throw new ConfigError(
      'The stored credentials could not be decrypted (was CONNECTOR_ENCRYPTION_KEY changed without keeping the old key in CONNECTOR_ENCRYPTION_KEYS_PREVIOUS?). Reconnect the integration.',
    );
  }
}
