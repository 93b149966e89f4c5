import { ConfigError } from '../errors/errors.js';
import { createHttpClient, type HttpClient, type HttpClientOptions } from '../http/client.js';
import type { RequestLimiter } from '../http/limiter.js';
import type { Query } from '../http/url.js';
import { silentLogger, type Logger } from '../util/logger.js';
import { secretValues } from '../util/redact.js';
import type { AuthSpec } from './manifest.js';
import type { AnyConnector, ConnectorContext } from './types.js';

export interface ConnectionOptions {
  /** Point the connector at another host (the sandbox simulator). */
  baseUrl?: string;
  logger?: Logger;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  now?: () => Date;
  /** Slices read at once in a sync (overrides the connector's declared `concurrency`; the bench compares them). */
  concurrency?: number;
  /** Paces every request within the connection's budgets (the sync pipeline passes one shared across processes). */
  limiter?: RequestLimiter;
  /** Overrides for retry timing (tests shorten them). */
  http?: Partial<Pick<HttpClientOptions, 'retries' | 'retryBaseMs' | 'retryCapMs' | 'timeoutMs' | 'maxInlineRetryAfterMs'>>;
}

/** Where the credential goes on each request, from the declared auth spec. */
export function authPlacement(auth: AuthSpec, credentials: unknown): { headers: Record<string, string>; query: Query } {
  const record = credentials && typeof credentials === 'object' ? (credentials as Record<string, unknown>) : {};
  // A stored OAuth config keeps its token under `tokens`; authenticate() receives that config.
  const tokens = record['tokens'] && typeof record['tokens'] === 'object' ? (record['tokens'] as Record<string, unknown>) : {};
  if (auth.type === 'oauth2') {
    const token = record['accessToken'] ?? tokens['accessToken'];
    if (typeof token !== 'string' || token === '') throw new ConfigError('No OAuth access token is stored for this connector');
    return { headers: { Authorization: `Bearer ${token}` }, query: {} };
  }
  const field = auth.fields[0]?.name ?? 'apiKey';
  // Connectors with an OAuth alternative (Stripe Connect) send the access token where the key goes.
  const key = record[field] ?? tokens['accessToken'];
  if (typeof key !== 'string' || key === '') throw new ConfigError(`No ${auth.fields[0]?.label ?? 'API key'} is stored for this connector`);
  if (auth.placement === 'query') return { headers: {}, query: { [auth.name]: key } };
  if (auth.placement === 'basic') {
    return { headers: { Authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` }, query: {} };
  }
  return { headers: { [auth.name]: `${auth.prefix}${key}` }, query: {} };
}

/**
 * Build the HTTP client for one connection: the manifest's base URL,
 * headers, timeouts and rate-limit headers, the credential placed per the
 * auth spec, the connector's error classifier, and its secrets redacted.
 */
export function createConnectionClient(connector: AnyConnector, credentials: unknown, options: ConnectionOptions = {}): HttpClient {
  const placement = authPlacement(connector.auth, credentials);
  const secrets = connector.secretsOf ? connector.secretsOf(credentials) : secretValues(credentials);
  const spec = connector.http;
  return createHttpClient({
    baseUrl: options.baseUrl ?? connector.baseUrl?.(credentials) ?? spec.baseUrl,
    headers: { ...spec.headers, ...connector.headers?.(credentials), ...placement.headers },
    query: placement.query,
    timeoutMs: spec.timeoutMs,
    retries: spec.retries,
    maxInlineRetryAfterMs: spec.maxInlineRetryAfterMs,
    ...options.http,
    secrets,
    logger: options.logger ?? silentLogger,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.limiter ? { limiter: options.limiter } : {}),
    ...(connector.classifyError ? { classify: connector.classifyError } : {}),
    ...(connector.retryHint ? { retryHint: (r: Response) => connector.retryHint?.(r) } : {}),
    ...(spec.rateLimit ? { rateLimitHeaders: spec.rateLimit } : {}),
  });
}

/** A connector context for one connection (what authenticate/healthCheck/listAccounts receive). */
export function createConnectorContext<TSettings>(
  connector: AnyConnector,
  credentials: unknown,
  settings: TSettings,
  options: ConnectionOptions = {},
): ConnectorContext<TSettings> {
  return {
    http: createConnectionClient(connector, credentials, options),
    logger: options.logger ?? silentLogger,
    settings,
    now: options.now ?? (() => new Date()),
    ...(options.signal ? { signal: options.signal } : {}),
  };
}
