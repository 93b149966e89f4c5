import { createAuthorizationRequest, exchangeCode, parseCallback, type AnyConnector } from '@tributary/core';
import { forTenant } from '@tributary/db';
import type { Principal } from '../auth/principal.js';
import { tokenHash } from '../auth/secrets.js';
import type { GatewayRuntime } from '../runtime.js';
import { audit } from './audit.js';
import { runHealthCheck, vendorFailure } from './connection.js';
import { InputError, VendorFailure } from './errors.js';
import { mergeSettings, requestedSettings } from './flow-settings.js';
import { afterConnect, ensureConnectorRow } from './lifecycle.js';

/** An authorization in flight is good for 10 minutes, and once. */
export const STATE_TTL_MS = 10 * 60_000;

function oauthOf(rt: GatewayRuntime, connector: AnyConnector, settings: unknown) {
  const spec = rt.oauth.spec(connector, settings);
  if (!spec) throw new InputError(`${connector.name} does not connect with OAuth`, [{ path: 'type', message: 'no OAuth' }]);
  const client = rt.oauth.client(connector.id);
  if (!client) {
    const key = connector.id.toUpperCase().replace(/[^A-Z0-9]/g, '_');
    throw new VendorFailure(
      'config',
      `No OAuth app is configured for ${connector.name}.`,
      `Set TRIBUTARY_OAUTH_${key}_CLIENT_ID and _CLIENT_SECRET (redirect URI ${rt.config.publicUrl}/api/connectors/${connector.id}/callback).`,
    );
  }
  return { spec, client };
}

/**
 * Start connecting an OAuth connector: check the settings the flow asks
 * for (login host) against the connector's settings schema, make sure the
 * tenant has a row for it, and store a single-use, 10-minute `state` bound
 * to this session and tenant, with the PKCE verifier encrypted and the
 * requested settings beside it. Nothing stored on the connector changes
 * until the callback succeeds. Returns the vendor's consent URL.
 */
export async function startOAuth(
  rt: GatewayRuntime,
  principal: Principal,
  type: string,
  settingsInput: Record<string, unknown> = {},
): Promise<string> {
  if (!rt.registry.has(type)) throw new InputError(`Unknown connector type "${type}"`, [{ path: 'type', message: 'unknown' }]);
  const connector = rt.registry.get(type);
  const requested = requestedSettings(connector, settingsInput);
  const row = await ensureConnectorRow(rt, principal.tenantId, connector, { sandbox: rt.oauth.usesSandbox(type), onlyWhenNew: true });
  const { spec, client } = oauthOf(rt, connector, mergeSettings(connector, row.settings, requested));
  const request = await createAuthorizationRequest(spec, client);
  const binding = { tenantId: principal.tenantId, connectorId: row.id };
  await rt.db.prisma.oAuthState.create({
    data: {
      id: tokenHash(request.state),
      tenantId: principal.tenantId,
      connectorId: row.id,
      userId: principal.userId,
      sessionId: principal.sessionId ?? null,
      connectorType: type,
      codeVerifier: request.codeVerifier ? rt.vault.encrypt(request.codeVerifier, binding) : null,
      redirectUri: client.redirectUri,
      settings: requested as object,
      expiresAt: new Date(Date.now() + STATE_TTL_MS),
    },
  });
  await audit(rt.db.prisma, principal, 'connector.oauth.start', 'connector', row.id, { type });
  return request.url;
}

const invalidLink = () =>
  new VendorFailure(
    'auth_expired',
    'This sign-in link is not valid any more (it expired, was already used, or belongs to another session).',
    'Start connecting again from the Sensors page.',
  );

/**
 * Consume the state: it must exist for this connector type, be unused and
 * unexpired, and — when a console session started it — come back in that
 * same session and tenant. Single use even on failure. Returns the state
 * and who is connecting (the session's user, or for a flow started with an
 * API token, the token's user and tenant recorded in the state).
 */
async function consumeState(
  rt: GatewayRuntime,
  type: string,
  state: string,
  session: Principal | null,
): Promise<{ row: OAuthStateRow; principal: Principal }> {
  const id = tokenHash(state);
  const row = await rt.db.prisma.oAuthState.findUnique({ where: { id } });
  if (!row || row.connectorType !== type) throw invalidLink();
  if (row.sessionId !== null && (session?.sessionId !== row.sessionId || session.tenantId !== row.tenantId)) throw invalidLink();
  const { count } = await rt.db.prisma.oAuthState.updateMany({
    where: { id, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  if (count !== 1) throw invalidLink();
  if (session && row.sessionId !== null) return { row, principal: session };
  const member = await rt.db.prisma.membership.findUnique({
    where: { tenantId_userId: { tenantId: row.tenantId, userId: row.userId } },
    include: { user: true },
  });
  if (!member) throw invalidLink();
  return { row, principal: { userId: row.userId, email: member.user.email, tenantId: row.tenantId, role: member.role, via: 'token' } };
}

type OAuthStateRow = NonNullable<Awaited<ReturnType<GatewayRuntime['db']['prisma']['oAuthState']['findUnique']>>>;

/**
 * The vendor redirected back: check the state, exchange the code (with the
 * PKCE verifier), store the tokens encrypted, mark the connector connected,
 * validate with healthCheck, then schedule and sync — unless the admin must
 * first pick an account.
 */
export async function completeOAuth(
  rt: GatewayRuntime,
  session: Principal | null,
  type: string,
  callbackUrl: URL,
): Promise<{ connectorId: string; selectAccount: boolean }> {
  const state = callbackUrl.searchParams.get('state');
  if (!state || !rt.registry.has(type)) throw invalidLink();
  const { row: stored, principal } = await consumeState(rt, type, state, session);
  const connector = rt.registry.get(type);
  const scope = forTenant(rt.db.prisma, principal.tenantId);
  const row = await scope.connectors.getOrThrow(stored.connectorId);
  const settings = mergeSettings(connector, row.settings, stored.settings ?? {});
  const { spec, client } = oauthOf(rt, connector, settings);
  const binding = { tenantId: principal.tenantId, connectorId: row.id };
  try {
    const params = parseCallback(spec, { ...client, redirectUri: stored.redirectUri }, callbackUrl, state, { vendor: connector.name });
    const verifier = stored.codeVerifier ? String(rt.vault.decrypt(stored.codeVerifier, binding)) : undefined;
    const tokens = await exchangeCode(spec, { ...client, redirectUri: stored.redirectUri }, params, verifier, { vendor: connector.name });
    const config = connector.configSchema.parse({ tokens });
    await scope.connectors.update(row.id, {
      config: rt.vault.encrypt(config, binding),
      status: 'connected',
      lastSyncError: null,
      lastErrorKind: null,
      accountId: tokens.accountId ?? row.accountId,
      settings,
    });
    await rt.db.prisma.connector.update({ where: { id: row.id }, data: { sandbox: rt.oauth.usesSandbox(type) } });
  } catch (error) {
    await audit(rt.db.prisma, principal, 'connector.connect.failed', 'connector', row.id, {
      type,
      method: 'oauth',
      error: error instanceof Error ? error.message : String(error),
    });
    throw vendorFailure(error);
  }
  await audit(rt.db.prisma, principal, 'connector.connect', 'connector', row.id, { type, method: 'oauth', sandbox: row.sandbox });
  const health = await runHealthCheck(rt, principal.tenantId, row.id);
  if (health.status === 'auth_error') {
    await scope.connectors.update(row.id, {
      status: 'error',
      lastSyncError: health.message ?? 'The new credentials were rejected',
      lastErrorKind: 'auth_revoked',
    });
    return { connectorId: row.id, selectAccount: false };
  }
  if (connector.accountSelection && !row.accountId) return { connectorId: row.id, selectAccount: true };
  await afterConnect(rt, principal.tenantId, row.id);
  return { connectorId: row.id, selectAccount: false };
}
