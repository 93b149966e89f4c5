import { defineConnector, type OAuth2AuthSpec } from '@tributary/core';
import { GRAPH_BASE_URL, MICROSOFT_LOGIN, O365_SCOPES } from './api.js';
import { O365Config, O365Credentials, O365Settings } from './config.js';
import { classifyGraphError } from './errors.js';
import { ME_REQUEST } from './mailbox.js';
import { O365_MAPPINGS } from './mappings.js';
import { events, messages } from './streams/index.js';

/**
 * The Microsoft identity platform endpoints of a connection's tenant
 * (https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow).
 * Microsoft has no OAuth revocation endpoint: a disconnect drops the tokens.
 *
 * @example
 * o365OAuthEndpoints({ tenant: 'contoso.onmicrosoft.com' }).tokenUrl
 * // 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token'
 */
export function o365OAuthEndpoints(settings: unknown): Pick<OAuth2AuthSpec, 'authorizeUrl' | 'tokenUrl'> {
  const parsed = O365Settings.shape.tenant.safeParse((O365Settings.safeParse(settings ?? {}).data ?? {}).tenant);
  const tenant = parsed.success ? parsed.data : 'organizations';
  return { authorizeUrl: `${MICROSOFT_LOGIN}/${tenant}/oauth2/v2.0/authorize`, tokenUrl: `${MICROSOFT_LOGIN}/${tenant}/oauth2/v2.0/token` };
}

/**
 * Office 365 through Microsoft Graph, privacy-first: message metadata of
 * Inbox and Sent Items (Mail.ReadBasic: never bodies) and calendar meetings,
 * by delta query, only with participants in the tenant's allowed domains,
 * and not at all until the tenant accepted the DPA.
 *
 * @example
 * registry.register(o365);
 */
export const o365 = defineConnector({
  id: 'o365',
  name: 'Office 365',
  version: '0.1.0',
  category: 'communications',
  description: 'Email and meeting metadata from Microsoft 365 (never bodies), limited to allowed domains, after a signed DPA.',
  docsUrl: 'https://learn.microsoft.com/en-us/graph/outlook-mail-concept-overview',
  auth: {
    type: 'oauth2',
    ...o365OAuthEndpoints({}),
    scopes: [...O365_SCOPES],
    pkce: true,
    authorizeParams: { response_mode: 'query' },
    tokenAuthMethod: 'client_secret_post',
    docsUrl: 'https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow',
  },
  streams: [messages, events],
  // Outlook allows 4 concurrent requests per app and mailbox: folders and the calendar are read at most 4 at a time.
  concurrency: 4,
  // A quiet mailbox costs one delta call per folder and one for the calendar: every 30 minutes is cheap.
  defaultSchedule: '*/30 * * * *',
  http: {
    baseUrl: GRAPH_BASE_URL,
    timeoutMs: 60_000,
    retries: 4,
    // 10,000 requests per 10 minutes per app and mailbox (https://learn.microsoft.com/en-us/graph/throttling-limits#outlook-service-limits).
    quota: { calls: 10_000, perSeconds: 600 },
  },
  // `GET /me` needs only User.Read and reads no mail: it works before the DPA is accepted.
  health: { request: ME_REQUEST },
  configSchema: O365Config,
  settingsSchema: O365Settings,
  authenticate: async (config: O365Config) => ({
    credentials: O365Credentials.parse({ accessToken: config.tokens.accessToken }),
    ...(config.tokens.expiresAt ? { expiresAt: new Date(config.tokens.expiresAt) } : {}),
  }),
  getSchema: () => O365_MAPPINGS,
  classifyError: classifyGraphError,
  secretsOf: (credentials: O365Credentials) => [credentials.accessToken],
  oauthEndpoints: (settings: O365Settings) => o365OAuthEndpoints(settings),
});
