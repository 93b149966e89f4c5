import { ConfigError, defineConnector, OAuthConfig, type HealthStatus } from '@tributary/core';
import { z } from 'zod';
import { SALESFORCE_API_VERSION } from './api.js';
import { classifySalesforceError } from './errors.js';
import { salesforceHealth } from './health.js';
import { SALESFORCE_MAPPINGS } from './mappings.js';
import { salesforceOAuthEndpoints, SalesforceSettings } from './settings.js';
import { legacyCursor } from './legacy.js';
import { STREAMS } from './streams/index.js';
import { salesforceWriteback } from './writeback.js';

/**
 * The stored config: core's `OAuthConfig` (`{ tokens }`, `instance_url`
 * among them). Parsing also lifts the access token to the top level,
 * always from `tokens`: core builds the pre-authentication HTTP client
 * from the config and looks for `accessToken` there.
 */
export const SalesforceConfig = OAuthConfig.transform((config) => ({ ...config, accessToken: config.tokens.accessToken }));
export type SalesforceConfig = z.output<typeof SalesforceConfig>;

/** What every call uses: the session and the org's API host. */
export const SalesforceCredentials = z.object({ accessToken: z.string().min(1), instanceUrl: z.url() });
export type SalesforceCredentials = z.infer<typeof SalesforceCredentials>;

const LOGIN = 'https://login.salesforce.com/services/oauth2';

/** The instance URL must be https, except a simulator on the loopback interface. */
function instanceUrlOf(config: SalesforceConfig): string {
  const url = config.tokens.instanceUrl;
  if (!url) throw new ConfigError('The stored Salesforce tokens carry no instance_url; reconnect the integration.');
  const { protocol, hostname } = new URL(url);
  if (protocol !== 'https:' && !['127.0.0.1', 'localhost'].includes(hostname)) {
    throw new ConfigError(`The Salesforce instance URL must use https (got ${url}); reconnect the integration.`);
  }
  return url.replace(/\/+$/, '');
}

/**
 * Salesforce: accounts, contacts, leads, opportunities, tasks and events,
 * read incrementally by SystemModstamp per object with deletes as
 * tombstones, through the OAuth 2.0 web server flow (PKCE). Writes the
 * engagement score back when the connection opts in.
 *
 * @example
 * const registry = new ConnectorRegistry();
 * registry.register(salesforce);
 * salesforce.oauthEndpoints?.(SalesforceSettings.parse({ loginHost: 'test.salesforce.com' })).authorizeUrl
 * // 'https://test.salesforce.com/services/oauth2/authorize'
 */
export const salesforce = defineConnector({
  id: 'salesforce',
  name: 'Salesforce',
  version: '0.1.0',
  category: 'crm',
  description: 'Accounts, contacts, leads, opportunities and activities from Salesforce, with engagement scores written back.',
  docsUrl: 'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/intro_rest.htm',
  auth: {
    type: 'oauth2',
    authorizeUrl: `${LOGIN}/authorize`,
    tokenUrl: `${LOGIN}/token`,
    revokeUrl: `${LOGIN}/revoke`,
    // `api` for data access, `refresh_token` for a refresh token. Salesforce has no read-only scope.
    scopes: ['api', 'refresh_token'],
    pkce: true,
    tokenResponse: { instanceUrlField: 'instance_url', noExpiry: true },
    docsUrl: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_web_server_flow.htm',
  },
  streams: STREAMS,
  legacyCursor,

  // A round with nothing changed costs about ten API calls: every 30 minutes is ~500 a day of the org's allocation.
  defaultSchedule: '*/30 * * * *',
  http: {
    // Replaced per connection by the token's instance_url (baseUrl below).
    baseUrl: 'https://login.salesforce.com',
    timeoutMs: 120_000,
    retries: 4,
  },
  configSchema: SalesforceConfig,
  settingsSchema: SalesforceSettings,
  authenticate: async (config: SalesforceConfig) => ({
    credentials: { accessToken: config.tokens.accessToken, instanceUrl: instanceUrlOf(config) },
  }),
  getSchema: () => SALESFORCE_MAPPINGS,
  healthCheck: (_credentials: SalesforceCredentials, ctx): Promise<HealthStatus> => salesforceHealth(ctx),
  classifyError: classifySalesforceError,
  baseUrl: (credentials: SalesforceCredentials) => credentials.instanceUrl,
  secretsOf: (credentials: SalesforceCredentials) => [credentials.accessToken],
  oauthEndpoints: (settings: SalesforceSettings) => salesforceOAuthEndpoints(settings),
  writeback: (_credentials: SalesforceCredentials, items, ctx) => salesforceWriteback(items, ctx),
});

/** The API version requests are pinned to (also exported from api.ts). */
export { SALESFORCE_API_VERSION };
