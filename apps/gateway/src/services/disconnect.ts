import { OAuthConfig, revokeToken } from '@tributary/core';
import { forTenant } from '@tributary/db';
import type { Principal } from '../auth/principal.js';
import type { GatewayRuntime } from '../runtime.js';
import { audit } from './audit.js';
import { connectorRow, openConnection } from './connection.js';

/** Revoke at the vendor: the connector's own way (Stripe Connect deauthorize) or RFC 7009 at the spec's revoke URL. */
async function revokeAtVendor(rt: GatewayRuntime, tenantId: string, connectorId: string): Promise<'revoked' | 'nothing' | string> {
  const conn = await openConnection(rt, tenantId, connectorId);
  const spec = rt.oauth.spec(conn.connector, conn.settings);
  const client = rt.oauth.client(conn.connector.id);
  const oauth = spec && client ? { client, spec } : undefined;
  if (conn.connector.revokeAccess) {
    await conn.connector.revokeAccess(conn.config, { ...conn.ctx, ...(oauth ? { oauth } : {}) });
    return 'revoked';
  }
  const tokens = OAuthConfig.safeParse(conn.config);
  if (!tokens.success || !oauth) return 'nothing';
  const revoked = await revokeToken(oauth.spec, oauth.client, tokens.data.tokens.refreshToken ?? tokens.data.tokens.accessToken, {
    vendor: conn.connector.name,
  });
  return revoked ? 'revoked' : 'nothing';
}

/**
 * Disconnect: revoke at the vendor where it has a way to, delete the stored
 * credentials, pause the schedule and stop a running sync. Synced data is
 * kept; the cursor is reset so a later reconnect starts with a full sync.
 */
export async function disconnect(rt: GatewayRuntime, principal: Principal, connectorId: string) {
  const row = await connectorRow(rt, principal.tenantId, connectorId);
  let revocation = 'nothing';
  if (row.config) {
    try {
      revocation = await revokeAtVendor(rt, principal.tenantId, connectorId);
    } catch (error) {
      // The vendor may be down or the token already dead; the credentials are deleted regardless.
      revocation = `failed: ${error instanceof Error ? error.message : String(error)}`;
      rt.logger.warn({ connectorId, error: revocation }, 'revocation at the vendor failed');
    }
  }
  await rt.orchestrator.cancelSync(principal.tenantId, connectorId);
  await rt.orchestrator.pauseSchedule(principal.tenantId, connectorId);
  const updated = await forTenant(rt.db.prisma, principal.tenantId).connectors.update(connectorId, {
    config: null,
    status: 'disconnected',
    lastSyncCursor: null,
    lastSyncError: null,
    lastErrorKind: null,
  });
  await audit(rt.db.prisma, principal, 'connector.disconnect', 'connector', connectorId, { type: row.type, revocation });
  return updated;
}
