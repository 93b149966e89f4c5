import { defineConnector, isConnectorError, OAuthConfig, type HealthStatus } from '@tributary/core';
import { z } from 'zod';
import type { AuthorizationServer } from './authorization-server.js';

const Contacts = z.object({ contacts: z.array(z.object({ id: z.string(), email: z.string(), name: z.string() })) });

/** The connector id the OIDC suites register; its OAuth app comes from TRIBUTARY_OAUTH_OIDC_TEST_CLIENT_ID/_SECRET. */
export const OIDC_TEST_TYPE = 'oidc-test';

/** Environment that configures the connector's OAuth app at the authorization server. */
export const oidcClientEnv = (as: AuthorizationServer) => ({
  TRIBUTARY_OAUTH_OIDC_TEST_CLIENT_ID: as.clientId,
  TRIBUTARY_OAUTH_OIDC_TEST_CLIENT_SECRET: as.clientSecret,
});

/**
 * A connector whose declared OAuth spec points at a real authorization
 * server (PKCE S256, refresh, RFC 7009 revocation), reading one stream of
 * contacts from the API beside it.
 */
export function oidcTestConnector(as: AuthorizationServer) {
  return defineConnector({
    id: OIDC_TEST_TYPE,
    name: 'OIDC Test',
    version: '1.0.0',
    category: 'crm',
    description: 'Contacts behind a real OAuth 2.0 authorization server (oidc-provider).',
    auth: {
      type: 'oauth2',
      authorizeUrl: as.endpoints.authorize,
      tokenUrl: as.endpoints.token,
      revokeUrl: as.endpoints.revoke,
      scopes: ['api:read'],
      pkce: true,
      tokenAuthMethod: 'client_secret_post',
    },
    streams: [{ name: 'contacts', entity: 'person', description: 'Contacts' }],
    defaultSchedule: '0 */6 * * *',
    http: { baseUrl: as.issuer, retries: 0 },
    configSchema: OAuthConfig,
    settingsSchema: z.object({}).loose(),
    authenticate: async (config: OAuthConfig) => ({ credentials: { accessToken: config.tokens.accessToken } }),
    sync: async (_credentials: { accessToken: string }, _cursor, options) => {
      const { data } = await options.http.request({ path: '/api/contacts' }, Contacts);
      return {
        records: data.contacts.map((c) => ({ stream: 'contacts', raw: c })),
        cursor: null,
        hasMore: false,
        syncedAt: options.now(),
        stats: { created: 0, updated: 0, errors: 0 },
      };
    },
    getSchema: () => [
      { stream: 'contacts', source: 'id', target: 'externalId' },
      { stream: 'contacts', source: 'email', target: 'email' },
      { stream: 'contacts', source: 'name', target: 'firstName' },
    ],
    healthCheck: async (_credentials: { accessToken: string }, ctx): Promise<HealthStatus> => {
      try {
        await ctx.http.request({ path: '/api/contacts' }, Contacts);
        return { status: 'ok', checkedAt: new Date(), latencyMs: 0 };
      } catch (error) {
        const auth = isConnectorError(error) && error.kind.startsWith('auth');
        return { status: auth ? 'auth_error' : 'unavailable', checkedAt: new Date(), latencyMs: 0, message: String(error) };
      }
    },
  });
}
