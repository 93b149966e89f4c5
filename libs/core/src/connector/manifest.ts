import { z } from 'zod';
import { EntityTypeSchema } from '../canonical/entities.js';
import { PaginationSpec } from '../http/pagination-spec.js';

export const CATEGORIES = ['ads', 'crm', 'payments', 'analytics', 'marketing', 'intent', 'communications', 'meetings'] as const;
export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

/** Human labels for categories, in the order the console shows them. */
export const CATEGORY_LABELS: Record<Category, string> = {
  ads: 'Ads',
  crm: 'CRM',
  payments: 'Payments',
  analytics: 'Analytics',
  marketing: 'Marketing',
  intent: 'Intent',
  communications: 'Communications',
  meetings: 'Meetings',
};

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const CONNECTOR_ID = /^[a-z][a-z0-9-]{1,39}$/;

export const CredentialField = z.object({
  name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  label: z.string().min(1),
  secret: z.boolean().default(true),
  required: z.boolean().default(true),
  /** A pattern the value must match (checked before any network call). */
  pattern: z.string().optional(),
  description: z.string().optional(),
});

/** API-key auth: where the key goes on every request. */
export const ApiKeyAuthSpec = z.object({
  type: z.literal('api_key'),
  placement: z.enum(['header', 'basic', 'query']).default('header'),
  /** Header or query parameter name. */
  name: z.string().default('Authorization'),
  /** Prefix before the key in a header, e.g. `Bearer `. */
  prefix: z.string().default('Bearer '),
  fields: z
    .array(CredentialField)
    .min(1)
    .default([{ name: 'apiKey', label: 'API key', secret: true, required: true }]),
  docsUrl: z.url().optional(),
});

/** OAuth 2.0 authorization-code auth, run by the engine in core from this data. */
export const OAuth2AuthSpec = z.object({
  type: z.literal('oauth2'),
  authorizeUrl: z.url(),
  tokenUrl: z.url(),
  revokeUrl: z.url().optional(),
  scopes: z.array(z.string()).default([]),
  scopeSeparator: z.string().default(' '),
  pkce: z.boolean().default(true),
  authorizeParams: z.record(z.string(), z.string()).default({}),
  tokenAuthMethod: z.enum(['client_secret_post', 'client_secret_basic']).default('client_secret_post'),
  /** Vendor quirks in the token response. */
  tokenResponse: z
    .object({
      /** Field holding the API base URL for this login (Salesforce `instance_url`). */
      instanceUrlField: z.string().optional(),
      /** Field holding the connected account id (Stripe Connect `stripe_user_id`, HubSpot `hub_id`: a number is kept as its decimal string). */
      accountIdField: z.string().optional(),
      /** The vendor issues no `expires_in`: treat the token as valid until a 401. */
      noExpiry: z.boolean().default(false),
      /** The vendor issues no refresh token (Meta): warn ahead of expiry instead. */
      noRefreshToken: z.boolean().default(false),
    })
    .default({ noExpiry: false, noRefreshToken: false }),
  /**
   * A second exchange right after the code exchange, outside RFC 6749: Meta trades the short-lived token the
   * code gives for a long-lived one (`GET {tokenUrl}?grant_type=fb_exchange_token&client_id&client_secret&fb_exchange_token=...`).
   * The token it returns is the one stored.
   */
  tokenExchange: z.object({ grantType: z.string().min(1), tokenParam: z.string().min(1) }).optional(),
  docsUrl: z.url().optional(),
});

export const AuthSpec = z.discriminatedUnion('type', [ApiKeyAuthSpec, OAuth2AuthSpec]);
export type AuthSpec = z.infer<typeof AuthSpec>;
export type ApiKeyAuthSpec = z.infer<typeof ApiKeyAuthSpec>;
export type OAuth2AuthSpec = z.infer<typeof OAuth2AuthSpec>;

export const StreamSpec = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/),
  entity: EntityTypeSchema,
  description: z.string().min(1),
  /** Dot path of the vendor row's id. */
  primaryKey: z.string().default('id'),
  /** Whether incremental syncs pick up changes to this stream (otherwise only full syncs do). */
  incremental: z.boolean().default(true),
});
export type StreamSpec = z.infer<typeof StreamSpec>;
export type StreamSpecInput = z.input<typeof StreamSpec>;

export const HttpSpec = z.object({
  baseUrl: z.url(),
  /** Headers sent on every request (API version pins and the like). */
  headers: z.record(z.string(), z.string()).default({}),
  timeoutMs: z.number().int().positive().default(30_000),
  retries: z.number().int().min(0).max(10).default(4),
  /** Longest Retry-After the client waits in-process; longer ones surface as `rate_limited`. */
  maxInlineRetryAfterMs: z.number().int().positive().default(60_000),
  pagination: PaginationSpec.optional(),
  rateLimit: z
    .object({
      /** The vendor's sustained request rate per connection; the platform paces every request within it. */
      perSecond: z.number().positive().optional(),
      /** Requests allowed at once after a quiet spell (default: one second's worth). */
      burst: z.number().int().positive().optional(),
      limitHeader: z.string().optional(),
      remainingHeader: z.string().optional(),
      resetHeader: z.string().optional(),
    })
    .optional(),
  /** A call quota per window (Microsoft Clarity: 10 a day), kept in a durable ledger shared by every process. */
  quota: z.object({ calls: z.number().int().positive(), perSeconds: z.number().int().positive() }).optional(),
});
export type HttpSpec = z.infer<typeof HttpSpec>;

/** The data half of a connector, validated by {@link defineConnector}. */
export const ConnectorManifest = z.object({
  id: z.string().regex(CONNECTOR_ID, 'Connector ids are kebab-case, 2-40 characters'),
  name: z.string().min(1),
  version: z.string().regex(SEMVER, 'version must be semver'),
  category: Category,
  description: z.string().min(1).max(280),
  docsUrl: z.url().optional(),
  auth: AuthSpec,
  /** An OAuth alternative to an API-key `auth` (Stripe Connect beside secret keys). */
  oauth: OAuth2AuthSpec.optional(),
  streams: z.array(StreamSpec).min(1),
  /** Default cron for incremental syncs. */
  defaultSchedule: z.string().min(9),
  http: HttpSpec,
  /** Whether the connector can list several vendor accounts for the admin to pick from. */
  accountSelection: z.boolean().default(false),
});
export type ConnectorManifest = z.infer<typeof ConnectorManifest>;
export type ConnectorManifestInput = z.input<typeof ConnectorManifest>;
