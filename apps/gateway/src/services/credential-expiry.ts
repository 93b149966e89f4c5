import { expiresSoonWithoutRefresh, OAuthConfig } from '@tributary/core';
import type { ConnectorRow } from '@tributary/db';
import type { GatewayRuntime } from '../runtime.js';

/** Warn this long before credentials that cannot be refreshed expire. */
export const EXPIRY_WARNING_MS = 7 * 24 * 3600_000;

export interface CredentialWarning {
  expiresAt: Date;
  expired: boolean;
  message: string;
}

/**
 * The "expires soon" warning of an OAuth connection whose vendor issued no
 * refresh token (Meta's long-lived tokens, an app without offline access):
 * nothing can renew it, so a person must reconnect before `expiresAt`.
 * Null for connections that refresh themselves or never expire. Reads the
 * token's expiry only; no secret leaves this function.
 */
export function credentialWarning(rt: GatewayRuntime, row: ConnectorRow, now = new Date()): CredentialWarning | null {
  if (!row.config) return null;
  let config: unknown;
  try {
    config = rt.vault.decrypt(row.config, { tenantId: row.tenantId, connectorId: row.id });
  } catch {
    return null;
  }
  const oauth = OAuthConfig.safeParse(config);
  if (!oauth.success || !expiresSoonWithoutRefresh(oauth.data.tokens, now, EXPIRY_WARNING_MS)) return null;
  const expiresAt = new Date(oauth.data.tokens.expiresAt ?? 0);
  const expired = expiresAt.getTime() <= now.getTime();
  const name = rt.registry.has(row.type) ? rt.registry.get(row.type).name : row.type;
  const message = expired
    ? `${name} access expired on ${expiresAt.toISOString()} and cannot be renewed automatically (the vendor issued no refresh token). Reconnect to resume syncing.`
    : `${name} access expires on ${expiresAt.toISOString()} and cannot be renewed automatically (the vendor issued no refresh token). Reconnect before then to keep syncing.`;
  return { expiresAt, expired, message };
}
