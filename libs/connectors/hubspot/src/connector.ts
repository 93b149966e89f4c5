import { defineConnector } from '@tributary/core';
import { crmPath, HUBSPOT_API_BASE } from './api.js';
import { tokenOf, HubSpotConfig, HubSpotSettings, type HubSpotCredentials } from './config.js';
import { classifyHubSpotError } from './errors.js';
import { HUBSPOT_MAPPINGS } from './mappings.js';
import { STREAMS } from './streams/index.js';

/**
 * Read-only scopes (https://developers.hubspot.com/docs/api/scopes): meetings
 * and calls are read under the contacts scope, pipelines under the deals one;
 * `oauth` is required of every public app.
 */
export const HUBSPOT_SCOPES = ['crm.objects.contacts.read', 'crm.objects.companies.read', 'crm.objects.deals.read', 'oauth'];

/**
 * HubSpot: companies, contacts, deals (stages from the pipelines), meetings
 * and calls, read incrementally through the CRM search API by modification
 * stamp, with archived records as tombstones. Connects through a public
 * app's OAuth (30-minute access tokens, refreshed by core) or a private
 * app's access token.
 *
 * @example
 * const registry = new ConnectorRegistry();
 * registry.register(hubspot);
 * hubspot.oauth?.tokenUrl // 'https://api.hubapi.com/oauth/v3/token'
 */
export const hubspot = defineConnector({
  id: 'hubspot',
  name: 'HubSpot',
  version: '0.1.0',
  category: 'crm',
  description: 'Companies, contacts, deals with their pipeline stages, meetings and calls from HubSpot: the pipeline behind your leads.',
  docsUrl: 'https://developers.hubspot.com/docs/api/crm/understanding-the-crm',
  // A private app's token, beside the public app's OAuth below.
  auth: {
    type: 'api_key',
    placement: 'header',
    name: 'Authorization',
    prefix: 'Bearer ',
    // `apiKey`, as the console's sandbox key and every API-key connector name it; the value is the app's access token.
    fields: [{ name: 'apiKey', label: 'Private app access token', secret: true, pattern: '^pat-' }],
    docsUrl: 'https://developers.hubspot.com/docs/api/private-apps',
  },
  oauth: {
    type: 'oauth2',
    authorizeUrl: 'https://app.hubspot.com/oauth/authorize',
    // The v3 endpoints: v1's /oauth/v1/token is deprecated from 2027-02-16.
    tokenUrl: 'https://api.hubapi.com/oauth/v3/token',
    revokeUrl: 'https://api.hubapi.com/oauth/v3/token/revoke',
    scopes: HUBSPOT_SCOPES,
    pkce: true,
    tokenAuthMethod: 'client_secret_post',
    tokenResponse: { accountIdField: 'hub_id' },
    docsUrl: 'https://developers.hubspot.com/docs/api/oauth-quickstart-guide',
  },
  streams: STREAMS,
  // Two slices at once keep the search budget busy while a page is parsed; the limiter below paces them.
  concurrency: 2,
  // A round with nothing changed costs eleven requests (five searches, five archived lists, the pipelines).
  defaultSchedule: '*/30 * * * *',
  http: {
    baseUrl: HUBSPOT_API_BASE,
    timeoutMs: 30_000,
    retries: 4,
    // Search allows about 5 requests a second per portal and sends no rate-limit headers; an incremental
    // sync is mostly searches, so every request is paced at that rate
    // (https://developers.hubspot.com/docs/api/crm/search#limitations).
    rateLimit: { perSecond: 5, burst: 5, limitHeader: 'X-HubSpot-RateLimit-Max', remainingHeader: 'X-HubSpot-RateLimit-Remaining' },
    // The other endpoints: 110 requests per rolling 10 seconds per portal for a public app
    // (https://developers.hubspot.com/docs/guides/apps/api-usage/usage-details).
    quota: { calls: 110, perSeconds: 10 },
  },
  configSchema: HubSpotConfig,
  settingsSchema: HubSpotSettings,
  authenticate: async (config: HubSpotConfig) => ({ credentials: { apiKey: tokenOf(config) } }),
  getSchema: () => HUBSPOT_MAPPINGS,
  // The cheapest read the synced data needs anyway (https://developers.hubspot.com/docs/api/crm/contacts).
  health: { request: { path: crmPath('objects/contacts'), query: { limit: 1 } } },
  classifyError: classifyHubSpotError,
  secretsOf: (credentials: HubSpotCredentials) => [credentials.apiKey],
});
