/**
 * The one error taxonomy every connector failure is converted into.
 *
 * Each kind knows whether retrying can help. Orchestrators use `retryable`
 * (and `retryAfterMs` for rate limits) to decide what to do next; the
 * gateway shows `message` and the kind's suggested fix to people.
 */
export const ERROR_KINDS = ['auth_expired', 'auth_revoked', 'rate_limited', 'transient', 'vendor', 'config', 'validation'] as const;

export type ErrorKind = (typeof ERROR_KINDS)[number];

const RETRYABLE: Record<ErrorKind, boolean> = {
  auth_expired: false,
  auth_revoked: false,
  rate_limited: true,
  transient: true,
  vendor: false,
  config: false,
  validation: false,
};

/** What a person can do about each kind of failure (shown beside the message). */
export const SUGGESTED_FIX: Record<ErrorKind, string> = {
  auth_expired: 'The access token expired and could not be refreshed ("Token refresh failed"). Disconnect and reconnect the integration.',
  auth_revoked: 'Access was revoked or the key is no longer valid. Reconnect the integration with an account that has access.',
  rate_limited: 'The platform is rate limiting requests. Wait a few minutes and click Sync Now again.',
  transient: 'The platform did not answer in time. The sync retries automatically; if it keeps failing, try again later.',
  vendor: 'The platform rejected the request. Check the connector settings and the platform status page.',
  config: 'The connector is not configured correctly. Review its settings and field mappings.',
  validation: 'Some data did not match the expected shape. Review the dead letters and the field mappings.',
};

export interface ConnectorErrorOptions {
  cause?: unknown;
  /** HTTP status of the vendor response, when there was one. */
  status?: number;
  /** The vendor's own error code (for example Stripe's `resource_missing`). */
  vendorCode?: string;
  /** For `rate_limited`: how long to wait before trying again. */
  retryAfterMs?: number;
  /** Override the kind's default retryability (for example Stripe-Should-Retry). */
  retryable?: boolean;
}

/**
 * Base class of every classified failure.
 *
 * @example
 * throw new ConnectorError('rate_limited', 'Stripe: too many requests', { retryAfterMs: 2000 });
 */
export class ConnectorError extends Error {
  readonly kind: ErrorKind;
  readonly retryable: boolean;
  readonly status?: number;
  readonly vendorCode?: string;
  readonly retryAfterMs?: number;

  constructor(kind: ErrorKind, message: string, options: ConnectorErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ConnectorError';
    this.kind = kind;
    this.retryable = options.retryable ?? RETRYABLE[kind];
    if (options.status !== undefined) this.status = options.status;
    if (options.vendorCode !== undefined) this.vendorCode = options.vendorCode;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }

  get suggestedFix(): string {
    return SUGGESTED_FIX[this.kind];
  }

  /** A plain, secret-free object for logs, sync logs and GraphQL. */
  toJSON(): SerializedError {
    return serializeError(this);
  }
}

export class AuthExpiredError extends ConnectorError {
  constructor(message: string, options?: ConnectorErrorOptions) {
    super('auth_expired', message, options);
    this.name = 'AuthExpiredError';
  }
}

export class AuthRevokedError extends ConnectorError {
  constructor(message: string, options?: ConnectorErrorOptions) {
    super('auth_revoked', message, options);
    this.name = 'AuthRevokedError';
  }
}

export class RateLimitedError extends ConnectorError {
  declare readonly retryAfterMs: number;
  constructor(message: string, retryAfterMs: number, options?: Omit<ConnectorErrorOptions, 'retryAfterMs'>) {
    super('rate_limited', message, { ...options, retryAfterMs });
    this.name = 'RateLimitedError';
  }
}

export class TransientError extends ConnectorError {
  constructor(message: string, options?: ConnectorErrorOptions) {
    super('transient', message, options);
    this.name = 'TransientError';
  }
}

export class VendorError extends ConnectorError {
  constructor(message: string, options?: ConnectorErrorOptions) {
    super('vendor', message, options);
    this.name = 'VendorError';
  }
}

export class ConfigError extends ConnectorError {
  constructor(message: string, options?: ConnectorErrorOptions) {
    super('config', message, options);
    this.name = 'ConfigError';
  }
}

export class ValidationError extends ConnectorError {
  constructor(message: string, options?: ConnectorErrorOptions) {
    super('validation', message, options);
    this.name = 'ValidationError';
  }
}

export interface SerializedError {
  kind: ErrorKind;
  message: string;
  retryable: boolean;
  suggestedFix: string;
  status?: number;
  vendorCode?: string;
  retryAfterMs?: number;
}

export function isConnectorError(error: unknown): error is ConnectorError {
  return error instanceof ConnectorError;
}

export function isErrorKind(value: unknown): value is ErrorKind {
  return typeof value === 'string' && (ERROR_KINDS as readonly string[]).includes(value);
}

/**
 * Any thrown value -> a ConnectorError. Unknown errors become `transient`
 * (retrying is the safe default for a failure nobody classified).
 */
export function toConnectorError(error: unknown): ConnectorError {
  if (error instanceof ConnectorError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new TransientError(message || 'Unknown error', { cause: error });
}

export function serializeError(error: ConnectorError): SerializedError {
  const out: SerializedError = {
    kind: error.kind,
    message: error.message,
    retryable: error.retryable,
    suggestedFix: error.suggestedFix,
  };
  if (error.status !== undefined) out.status = error.status;
  if (error.vendorCode !== undefined) out.vendorCode = error.vendorCode;
  if (error.retryAfterMs !== undefined) out.retryAfterMs = error.retryAfterMs;
  return out;
}
