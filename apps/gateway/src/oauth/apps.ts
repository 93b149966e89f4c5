import type { AnyConnector, OAuth2AuthSpec, OAuthClient } from '@tributary/core';
import { oauthSpecOf, type OAuthApps } from '@tributary/sync';
import { oauthClientVars, type GatewayConfig } from '../config.js';
import type { SandboxHost } from '../sandbox/host.js';

/** The exact redirect URI registered with every vendor: `<public URL>/api/connectors/<type>/callback`. */
export const redirectUriFor = (config: GatewayConfig, type: string) => `${config.publicUrl}/api/connectors/${type}/callback`;

/**
 * OAuth apps per connector type: the client id and secret configured in the
 * environment (`TRIBUTARY_OAUTH_<TYPE>_CLIENT_ID`/`_SECRET`) and the
 * vendor's endpoints; without them, the sandbox's OAuth server and a client
 * registered with it.
 */
export function createOAuthApps(config: GatewayConfig, sandboxes: SandboxHost): OAuthApps & { usesSandbox(type: string): boolean } {
  const configured = (type: string) => oauthClientVars(config, type).clientId !== undefined;
  const usesSandbox = (type: string) => !configured(type) && sandboxes.get(type)?.oauthPaths !== undefined;
  return {
    usesSandbox,
    client(type: string): OAuthClient | undefined {
      const redirectUri = redirectUriFor(config, type);
      const vars = oauthClientVars(config, type);
      if (vars.clientId) return { clientId: vars.clientId, redirectUri, ...(vars.clientSecret ? { clientSecret: vars.clientSecret } : {}) };
      const registered = usesSandbox(type) ? sandboxes.get(type)?.registerOAuthClient?.(redirectUri) : undefined;
      return registered ? { ...registered, redirectUri } : undefined;
    },
    spec(connector: AnyConnector, settings: unknown): OAuth2AuthSpec | undefined {
      const spec = oauthSpecOf(connector, settings);
      const paths = sandboxes.get(connector.id)?.oauthPaths;
      if (!spec || !usesSandbox(connector.id) || !paths) return spec;
      const base = sandboxes.baseUrl(connector.id);
      return {
        ...spec,
        authorizeUrl: `${base}${paths.authorize}`,
        tokenUrl: `${base}${paths.token}`,
        ...(paths.revoke ? { revokeUrl: `${base}${paths.revoke}` } : {}),
      };
    },
  };
}
