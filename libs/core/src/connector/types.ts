import type { z } from 'zod';
import type { HttpClient } from '../http/client.js';
import type { RateBudget } from '../http/limiter.js';
import type { ErrorClassifier } from '../http/classify.js';
import type { FieldMappingInput, MappableRecord } from '../mapping/field-mapping.js';
import type { Logger } from '../util/logger.js';
import type { OAuthClient } from '../oauth/engine.js';
import type { CompleteIds } from './complete-ids.js';
import type { CompleteWindow } from './complete-window.js';
import type { ConnectorManifest, OAuth2AuthSpec } from './manifest.js';

export type SyncMode = 'full' | 'incremental';

/** One vendor row as a connector emits it. The pipeline maps, cleans and stores it. */
export interface SyncRecord extends MappableRecord {
  /** A tombstone: the vendor deleted this row. Stored as `deleted_at`, never a hard delete. */
  deleted?: boolean;
}

/** A vendor row the connector could not read (it goes to dead letters with the reason). */
export interface RejectedRecord {
  stream: string;
  raw: unknown;
  reason: string;
  externalId?: string;
}

export interface SyncStats {
  created: number;
  updated: number;
  errors: number;
}

/** What one `sync` call returns: one page. */
export interface SyncResult {
  records: SyncRecord[];
  rejected?: RejectedRecord[];
  /** Opaque cursor to pass to the next call; stored as the checkpoint. */
  cursor: string | null;
  hasMore: boolean;
  syncedAt: Date;
  stats: SyncStats;
  /**
   * Windows this page read completely: for each, the page holds every
   * non-zero row of `stream` for that account and those days (`from`..`to`,
   * YYYY-MM-DD, inclusive). Vendors leave out rows whose metrics are all
   * zero, so a stored row of the window that is not in the page is all zero
   * at the vendor now, and the pipeline sets its metrics to 0 in the same
   * transaction as the page. Only streams of the `channel_metric` entity
   * may declare windows (others fail the sync with a `validation` error).
   * A page with rejected rows of the stream has its windows skipped: a row
   * that could not be read is not known to be zero.
   *
   * @example
   * { records, cursor, hasMore, syncedAt, stats,
   *   complete: [{ stream: 'campaign_metrics', accountExternalId: '1234567890', from: '2026-10-01', to: '2026-10-30' }] }
   */
  complete?: CompleteWindow[];
  /**
   * Id ranges this page read completely: for each, `ids` are every row of
   * `stream` the vendor still holds whose id sorts (bytewise) after `after`
   * and at or before `through`. Stored live rows of the stream's entity in
   * a range that are not listed (nor written by the same batch) are
   * tombstoned in the same transaction as the page: deletions the vendor
   * no longer reports (Salesforce purges its Recycle Bin after 15 days).
   * Declared streams produce them through `reconcile`.
   *
   * @example
   * { records, cursor, hasMore, syncedAt, stats,
   *   reconcile: [{ stream: 'contacts', ids: ['003...A', '003...B'], after: '003', through: '003...B' }] }
   */
  reconcile?: CompleteIds[];
}

/** What every connector call receives: a client built for this connection, never a shared one. */
export interface ConnectorContext<TSettings = Record<string, unknown>> {
  http: HttpClient;
  logger: Logger;
  settings: TSettings;
  now: () => Date;
  signal?: AbortSignal;
}

export interface SyncOptions<TSettings = Record<string, unknown>> extends ConnectorContext<TSettings> {
  mode: SyncMode;
  /** Slices a declared connector reads at once for this run (default: the connector's declared `concurrency`). */
  concurrency?: number;
}

export interface AuthResult<TCredentials> {
  credentials: TCredentials;
  expiresAt?: Date;
  /** Config to store back (a refreshed token, for example), written before the credentials are used. */
  updatedConfig?: unknown;
}

export type HealthState = 'ok' | 'auth_error' | 'unavailable' | 'degraded';

export interface HealthStatus {
  status: HealthState;
  message?: string;
  checkedAt: Date;
  latencyMs: number;
  details?: Record<string, unknown>;
}

/** An account a login can see (ad account, property, portal). */
export interface VendorAccount {
  id: string;
  name: string;
  currency?: string;
  timezone?: string;
  parentId?: string;
  manager?: boolean;
}

/**
 * The code half of a connector. Methods (not arrow properties) so a typed
 * connector fits the registry's erased type.
 */
export interface ConnectorImplementation<TConfig, TCredentials, TSettings> {
  /** Stored, encrypted configuration (keys, tokens). Parsed on every load. */
  configSchema: z.ZodType<TConfig>;
  /** Non-secret settings (selected account, date range). */
  settingsSchema: z.ZodType<TSettings>;
  authenticate(config: TConfig, ctx: ConnectorContext<TSettings>): Promise<AuthResult<TCredentials>>;
  sync(credentials: TCredentials, cursor: string | null, options: SyncOptions<TSettings>): Promise<SyncResult>;
  /** Default source -> canonical field mappings. */
  getSchema(): FieldMappingInput[];
  healthCheck(credentials: TCredentials, ctx: ConnectorContext<TSettings>): Promise<HealthStatus>;
  listAccounts?(credentials: TCredentials, ctx: ConnectorContext<TSettings>): Promise<VendorAccount[]>;
  /** The settings after the admin picked `account` (default: `accountId` set to its id). */
  applyAccount?(settings: TSettings, account: VendorAccount): TSettings;
  /** Vendor error body -> taxonomy (falls back to status codes). */
  classifyError?: ErrorClassifier;
  /** Vendor retry hint on a failed response (Stripe-Should-Retry). */
  retryHint?(response: Response): boolean | undefined;
  /** The request rate this connection may use when it depends on the credentials (Stripe test vs live keys). */
  rateLimitFor?(credentials: TCredentials): RateBudget | undefined;
  /** Per-login API base URL (Salesforce `instance_url`); defaults to the manifest's. */
  baseUrl?(credentials: TCredentials): string | undefined;
  /**
   * Headers of every request that come from the credentials besides the
   * declared one (Delivr.ai's `X-Api-Secret` next to `X-Api-Key`, an
   * organization header); merged after the manifest's headers.
   */
  headers?(credentials: TCredentials): Record<string, string>;
  /** Secret values inside the credentials, for redaction (defaults to every long string). */
  secretsOf?(credentials: TCredentials): string[];
  /** OAuth endpoints when they depend on the connection's settings (Salesforce sandbox or My Domain login host). */
  oauthEndpoints?(settings: TSettings): Partial<Pick<OAuth2AuthSpec, 'authorizeUrl' | 'tokenUrl' | 'revokeUrl'>>;
  /**
   * Revoke access at the vendor on disconnect when the vendor's way differs
   * from RFC 7009 token revocation (Stripe Connect's deauthorize). Without it,
   * OAuth connections are revoked at the spec's `revokeUrl`.
   */
  revokeAccess?(
    config: TConfig,
    ctx: ConnectorContext<TSettings> & { oauth?: { client: OAuthClient; spec: OAuth2AuthSpec } },
  ): Promise<void>;
  /**
   * Verify a webhook delivery with the signing secret in the connector's
   * config and turn it into records. Throws a `validation` error for a bad,
   * missing or stale signature, `config` when no secret is configured.
   */
  verifyWebhook?(config: TConfig, delivery: { body: string; headers: Headers }, now: Date): WebhookDelivery;
  /** Write values back to the vendor (opt-in per connector; reads stay read-only otherwise). */
  writeback?(credentials: TCredentials, items: WritebackItem[], ctx: ConnectorContext<TSettings>): Promise<WritebackResult[]>;
}

/** A verified webhook event: its id (for replay protection) and the records it carries. */
export interface WebhookDelivery {
  eventId: string;
  records: SyncRecord[];
  rejected: RejectedRecord[];
}

/** One record's fields to write back to the vendor (for example an engagement score). */
export interface WritebackItem {
  entity: 'person' | 'account';
  /** The vendor's id of the record (the canonical externalId). */
  externalId: string;
  /** The stream the record came from (Salesforce: contacts vs leads). */
  stream: string;
  fields: Record<string, unknown>;
}

/** The vendor's answer for one item; failures are logged and kept, never dropped. */
export interface WritebackResult {
  externalId: string;
  ok: boolean;
  error?: string;
}

export type Connector<TConfig = unknown, TCredentials = unknown, TSettings = unknown> = Readonly<ConnectorManifest> &
  Readonly<ConnectorImplementation<TConfig, TCredentials, TSettings>>;

/** A connector with its type parameters erased, as the registry holds it. */
export type AnyConnector = Connector<unknown, unknown, unknown>;

/**
 * A vendor simulator the gateway mounts as a sandbox (under
 * `/sandbox/<connector id>`) so a new user can connect, sync and query
 * without real vendor accounts. Built by each connector lib's `./testing`.
 */
export interface ConnectorSandbox {
  /** Serve a request whose path is relative to the sandbox root. */
  fetch(request: Request): Response | Promise<Response>;
  /** The key the sandbox accepts (API-key connectors). */
  apiKey?: string;
  /** Register Tributary's redirect URI with the sandbox's OAuth server; returns the client it accepts. */
  registerOAuthClient?(redirectUri: string): { clientId: string; clientSecret: string };
  /** OAuth endpoint paths inside the sandbox. */
  oauthPaths?: { authorize: string; token: string; revoke?: string };
  close?(): Promise<void>;
}
