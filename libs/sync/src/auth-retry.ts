import { isConnectorError, toConnectorError } from '@tributary/core';
import { freshConfig } from './credentials.js';
import type { SyncDeps, SyncSession } from './session.js';

/**
 * Run `work` with a session; when the vendor rejects the access token
 * (`auth_expired`, e.g. Salesforce's 401 INVALID_SESSION_ID for tokens that
 * carry no expiry), refresh it once — single-flight, forced only if the
 * rejected token is still the stored one — and run `work` again with a new
 * session. A refresh that cannot happen (no refresh token, no OAuth app)
 * leaves the original auth error; a refused refresh (`invalid_grant`)
 * surfaces as `auth_revoked`.
 *
 * @example
 * await withFreshSession(deps, tenantId, connectorId, () => openSession(...), (session) => pump(session));
 */
export async function withFreshSession<T>(
  deps: SyncDeps,
  tenantId: string,
  connectorId: string,
  open: () => Promise<SyncSession>,
  work: (session: SyncSession) => Promise<T>,
): Promise<T> {
  const session = await open();
  try {
    return await work(session);
  } catch (thrown) {
    const error = toConnectorError(thrown);
    if (error.kind !== 'auth_expired' || !session.accessToken) throw thrown;
    try {
      await freshConfig(deps, tenantId, connectorId, { force: true, rejectedAccessToken: session.accessToken });
    } catch (refreshError) {
      throw isConnectorError(refreshError) && refreshError.kind.startsWith('auth') ? refreshError : thrown;
    }
    (deps.logger?.info ?? (() => undefined)).call(
      deps.logger,
      { tenantId, connectorId },
      'access token refreshed after the vendor rejected it',
    );
    return work(await open());
  }
}
