import { defineConnector, OAuthConfig } from '@tributary/core';
import { z } from 'zod';
import { STRIPE_API_BASE, STRIPE_API_VERSION, STRIPE_PAGINATION } from './api.js';
import { deauthorize } from './deauthorize.js';
import { classifyStripeError, shouldRetry } from './errors.js';
import { stripeEvents } from './events.js';
import { legacyCursor } from './legacy.js';
import { STRIPE_MAPPINGS } from './mappings.js';
import { STREAMS } from './streams/index.js';
import { verifyStripeWebhook } from './webhook.js';

const webhookSecret = z.string().trim().startsWith('whsec_').optional();

/** A secret (`sk_`) or restricted (`rk_`) key, test or live, and optionally the webhook endpoint's signing secret. */
export const StripeKeyConfig = z.object({
  apiKey: z
    .string()
    .trim()
    .regex(/^(sk|rk)_(test|live)_[A-Za-z0-9_]{8,}$/, 'A Stripe secret (sk_...) or restricted (rk_...) API key'),
  webhookSecret,
});
/** Either a key, or tokens from Stripe Apps OAuth (or, stored before it, Connect OAuth; `accountId` = `stripe_user_id`). */
export const StripeConfig = z.union([StripeKeyConfig, OAuthConfig.extend({ webhookSecret })]);
export type StripeConfig = z.infer<typeof StripeConfig>;
/** What every request needs: the key, or the OAuth access token (which Stripe accepts the same way). */
export type StripeCredentials = { apiKey: string };

export const StripeSettings = z.object({}).loose();
export type StripeSettings = z.infer<typeof StripeSettings>;

/**
 * Stripe: customers, charges, refunds and subscriptions, read with a secret
 * or restricted key. Full syncs walk every list; incremental syncs replay
 * `/v1/events` (changes and deletes) since the last one seen.
 */
export const stripe = defineConnector({
  id: 'stripe',
  name: 'Stripe',
  version: '0.1.0',
  category: 'payments',
  description: 'Charges, refunds, subscriptions and customers from Stripe: actual revenue for attribution.',
  docsUrl: 'https://docs.stripe.com/api',
  auth: {
    type: 'api_key',
    placement: 'header',
    name: 'Authorization',
    prefix: 'Bearer ',
    fields: [
      { name: 'apiKey', label: 'Secret or restricted API key', secret: true, pattern: '^(sk|rk)_(test|live)_' },
      { name: 'webhookSecret', label: 'Webhook signing secret (optional)', secret: true, required: false, pattern: '^whsec_' },
    ],
    docsUrl: 'https://docs.stripe.com/keys',
  },
  streams: STREAMS,
  feeds: { events: stripeEvents },
  // Several `created` slices of a list at once; the connection's rate limiter keeps them within Stripe's limit.
  // Eight: at 200-300 ms a request, reaching test mode's 25 requests/s takes 5 to 8 in flight (4 topped
  // out at 20/s in the vendor-conditions bench); live mode's 100/s is then bounded by latency, not Stripe.
  concurrency: 8,
  legacyCursor,
  // Incremental syncs read one page of events: cheap enough to run every 15 minutes.
  defaultSchedule: '*/15 * * * *',
  http: {
    baseUrl: STRIPE_API_BASE,
    headers: { 'Stripe-Version': STRIPE_API_VERSION },
    timeoutMs: 30_000,
    retries: 4,
    pagination: STRIPE_PAGINATION,
  },
  // Beside keys, the install flow of a public Stripe App (Stripe Apps OAuth): Connect OAuth's `read_only`
  // is for Connect extensions only, which Stripe closed to new registrations. The app's permissions are
  // declared in its manifest, not in `scope`. Both token endpoints take the platform's secret key as a
  // Bearer key and only `grant_type` with `code` or `refresh_token`; access tokens live an hour without
  // `expires_in`, refresh tokens rotate. See README "Auth".
  oauth: {
    type: 'oauth2',
    authorizeUrl: 'https://marketplace.stripe.com/oauth/v2/authorize',
    tokenUrl: 'https://api.stripe.com/v1/oauth/token',
    scopes: [],
    pkce: false,
    tokenAuthMethod: 'client_secret_bearer',
    tokenResponse: { accountIdField: 'stripe_user_id', expiresInSeconds: 3600 },
    docsUrl: 'https://docs.stripe.com/stripe-apps/api-authentication/oauth',
  },
  configSchema: StripeConfig,
  settingsSchema: StripeSettings,
  authenticate: async (config: StripeConfig) => ({
    credentials: { apiKey: 'apiKey' in config ? config.apiKey : config.tokens.accessToken },
  }),
  getSchema: () => STRIPE_MAPPINGS,
  // The cheapest call the synced data needs anyway (https://docs.stripe.com/api/charges/list).
  health: { request: { path: '/v1/charges', query: { limit: 1 } } },
  classifyError: classifyStripeError,
  retryHint: (response: Response) => shouldRetry(response.headers),
  secretsOf: (credentials: StripeCredentials) => [credentials.apiKey],
  // Stripe's default read limit: 100 requests/s in live mode, 25 in test mode (https://docs.stripe.com/rate-limits).
  rateLimitFor: (credentials: StripeCredentials) => ({ perSecond: /^(sk|rk)_live_/.test(credentials.apiKey) ? 100 : 25 }),
  revokeAccess: (config: StripeConfig, ctx) => deauthorize(config, ctx),
  verifyWebhook: (config: StripeConfig, delivery, now) => verifyStripeWebhook(config.webhookSecret, delivery.body, delivery.headers, now),
});
