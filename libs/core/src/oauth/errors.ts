import { AuthRevokedError, ConfigError, ConnectorError, TransientError } from '../errors/errors.js';

/**
 * An OAuth failure with a message a person can act on. `oauthError` is the
 * RFC 6749 error code (`invalid_grant`, `access_denied`, ...).
 */
export class OAuthError extends ConnectorError {
  readonly oauthError: string;
  constructor(kind: ConnectorError['kind'], oauthError: string, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(kind, message, { ...options, vendorCode: oauthError });
    this.name = 'OAuthError';
    this.oauthError = oauthError;
  }
}

export type OAuthStep = 'authorize' | 'exchange' | 'refresh' | 'revoke';

/**
 * An OAuth error code from a vendor -> the taxonomy, with the troubleshooting
 * message for it: an expired code means "connect again", a failed refresh
 * means "reconnect", a redirect mismatch names the URI to register.
 */
export function oauthError(
  step: OAuthStep,
  code: string,
  description: string | undefined,
  context: { vendor: string; redirectUri?: string; status?: number },
): OAuthError {
  const detail = description ? ` (${description})` : '';
  const status = context.status !== undefined ? { status: context.status } : {};
  switch (code) {
    case 'invalid_grant':
      return step === 'refresh'
        ? new OAuthError(
            'auth_revoked',
            code,
            `Token refresh failed: ${context.vendor} no longer accepts the refresh token${detail}. Disconnect and reconnect the integration.`,
            status,
          )
        : new OAuthError(
            'auth_expired',
            code,
            `Invalid grant: the authorization code expired or was already used${detail}. Try connecting again.`,
            status,
          );
    case 'access_denied':
      return new OAuthError(
        'auth_revoked',
        code,
        `Access was denied on the ${context.vendor} consent screen. Connect again and approve the requested access.`,
        status,
      );
    case 'redirect_uri_mismatch':
      return new OAuthError(
        'config',
        code,
        `Redirect not registered: add ${context.redirectUri ?? 'the callback URL'} to the allowed redirect URIs of the ${context.vendor} app${detail}.`,
        status,
      );
    case 'invalid_client':
    case 'unauthorized_client':
      return new OAuthError(
        'config',
        code,
        `${context.vendor} rejected the OAuth client id or secret${detail}. Check the app credentials Tributary is configured with.`,
        status,
      );
    case 'invalid_scope':
      return new OAuthError('config', code, `${context.vendor} rejected the requested scopes${detail}.`, status);
    case 'temporarily_unavailable':
    case 'server_error':
      return new OAuthError(
        'transient',
        code,
        `${context.vendor} could not complete the OAuth ${step} right now${detail}. Try again in a few minutes.`,
        status,
      );
    default:
      return new OAuthError('vendor', code, `${context.vendor} OAuth ${step} failed: ${code}${detail}.`, status);
  }
}

/** Anything else thrown during an OAuth call (network, malformed response) -> the taxonomy. */
export function oauthTransportError(step: OAuthStep, vendor: string, error: unknown): ConnectorError {
  if (error instanceof ConnectorError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/fetch failed|ECONN|ETIMEDOUT|network|aborted|timeout/i.test(message)) {
    return new TransientError(`${vendor} could not be reached for the OAuth ${step} (${message})`, { cause: error });
  }
  if (step === 'refresh')
    return new AuthRevokedError(`Token refresh failed: ${vendor} sent an unexpected response (${message}). Reconnect the integration.`, {
      cause: error,
    });
  return new ConfigError(`${vendor} OAuth ${step} failed: ${message}`, { cause: error });
}
