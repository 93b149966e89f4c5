import type { AnyConnector, ConnectorSandbox, OAuth2AuthSpec, OAuthClient } from '@tributary/core';
import { oauthSpecOf, type OAuthApps } from './credentials.js';

/** The vendor simulators a deployment points unconfigured connectors at, and where they are served. */
export interface SandboxDirectory {
  get(type: string): ConnectorSandbox | undefined;
  /** The sandbox's API base URL (served by the gateway under `/sandbox/<type>`). */
  baseUrl(type: string): string;
}

export interface OAuthAppsOptions {
  /** The URL people and vendors reach the gateway at; redirect URIs are built from it. */
  publicUrl: string;
  /** The environment: `TRIBUTARY_OAUTH_<TYPE>_CLIENT_ID` / `_CLIENT_SECRET`. */
  vars: Record<string, string | undefined>;
  /** Sandboxes for connectors without a configured OAuth app (none: every app must be configured). */
  sandboxes?: SandboxDirectory;
}

export type DeploymentOAuthApps = OAuthApps & {
  /** True when the connector type has no configured OAuth app and its sandbox's OAuth server stands in. */
  usesSandbox(type: string): boolean;
  /** The exact redirect URI registered with the vendor: `<public URL>/api/connectors/<type>/callback`. */
  redirectUri(type: string): string;
};

/** `TRIBUTARY_OAUTH_<TYPE>_CLIENT_ID` / `_CLIENT_SECRET` for a connector type (`google-ads` -> `GOOGLE_ADS`). */
export function oauthClientVars(vars: Record<string, string | undefined>, type: string): { clientId?: string; clientSecret?: string } {
  const key = type.toUpperCase().replace(/[^A-Z0-9]/g, '_');
  const clientId = vars[`TRIBUTARY_OAUTH_${key}_CLIENT_ID`];
  const clientSecret = vars[`TRIBUTARY_OAUTH_${key}_CLIENT_SECRET`];
  return { ...(clientId ? { clientId } : {}), ...(clientSecret ? { clientSecret } : {}) };
}

/**
 * OAuth apps per connector type, the same in every process of a deployment
 * (the gateway connects and revokes, the gateway and the Temporal worker
 * refresh): the client id and secret configured in the environment and the
 * vendor's endpoints; without them, the sandbox's OAuth server (served by
 * the gateway) and the client registered with it. Sandbox client
 * registration is deterministic per redirect URI, so a worker that builds
 * its own (unserved) sandboxes gets the credentials the gateway's sandbox
 * accepts.
 *
 * @example
 * const oauth = createOAuthApps({ publicUrl: 'https://tributary.example.com', vars: process.env });
 * oauth.client('salesforce'); // { clientId, clientSecret, redirectUri } from TRIBUTARY_OAUTH_SALESFORCE_*
 */
export function createOAuthApps(options: OAuthAppsOptions): DeploymentOAuthApps {
  const { sandboxes } = options;
  const publicUrl = options.publicUrl.replace(/\/+$/, '');
  const configured = (type: string) => oauthClientVars(options.vars, type).clientId !== undefined;
  const usesSandbox = (type: string) => !configured(type) && sandboxes?.get(type)?.oauthPaths !== undefined;
  const redirectUri = (type: string) => `${publicUrl}/api/connectors/${type}/callback`;
  return {
    usesSandbox,
    redirectUri,
    client(type: string): OAuthClient | undefined {
      const uri = redirectUri(type);
      const vars = oauthClientVars(options.vars, type);
      if (vars.clientId)
        return { clientId: vars.clientId, redirectUri: uri, ...(vars.clientSecret ? { clientSecret: vars.clientSecret } : {}) };
      const registered = usesSandbox(type) ? sandboxes?.get(type)?.registerOAuthClient?.(uri) : undefined;
      return registered ? { ...registered, redirectUri: uri } : undefined;
    },
    spec(connector: AnyConnector, settings: unknown): OAuth2AuthSpec | undefined {
      const spec = oauthSpecOf(connector, settings);
      const paths = sandboxes?.get(connector.id)?.oauthPaths;
      if (!spec || !sandboxes || !usesSandbox(connector.id) || !paths) return spec;
      const base = sandboxes.baseUrl(connector.id);
      // A sandbox connection never reaches the vendor: without a sandbox revoke path there is nothing to revoke at.
      const { revokeUrl: _vendorRevoke, ...rest } = spec;
      return {
        ...rest,
        authorizeUrl: `${base}${paths.authorize}`,
        tokenUrl: `${base}${paths.token}`,
        ...(paths.revoke ? { revokeUrl: `${base}${paths.revoke}` } : {}),
      };
    },
  };
}

/** Where the gateway serves a connector type's sandbox: `<public URL>/sandbox/<type>`. */
export const sandboxBaseUrl = (publicUrl: string, type: string) => `${publicUrl.replace(/\/+$/, '')}/sandbox/${type}`;
