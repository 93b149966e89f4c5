import { createHash, randomBytes } from 'node:crypto';
import type { TokenInfo } from './types.js';

export interface PendingCode {
  clientId: string;
  redirectUri: string;
  scope: string;
  challenge: string | null;
  expiresAt: number;
  used: boolean;
  /** Tokens issued from this code (revoked if the code is replayed, per RFC 6749 4.1.2). */
  issued: string[];
}

interface RefreshGrant {
  clientId: string;
  scope: string;
  revoked: boolean;
  family: string;
}

const token = (prefix: string) => `${prefix}_${randomBytes(24).toString('base64url')}`;

export const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

/** Codes, access tokens and refresh tokens of one simulator instance. */
export function createTokenStore(now: () => number) {
  const codes = new Map<string, PendingCode>();
  const access = new Map<string, TokenInfo & { family: string }>();
  const refresh = new Map<string, RefreshGrant>();
  return {
    codes,
    newCode(pending: Omit<PendingCode, 'used' | 'issued'>): string {
      const code = token('code');
      codes.set(code, { ...pending, used: false, issued: [] });
      return code;
    },
    issue(clientId: string, scope: string, ttl: number | null, withRefresh: boolean, family = token('fam')) {
      const accessToken = token('at');
      access.set(accessToken, { clientId, scope, expiresAt: ttl === null ? null : now() + ttl * 1000, family });
      const refreshToken = withRefresh ? token('rt') : undefined;
      if (refreshToken) refresh.set(refreshToken, { clientId, scope, revoked: false, family });
      return { accessToken, refreshToken, family };
    },
    refreshGrant: (value: string) => refresh.get(value),
    /** Revoke every token of a grant family (a replayed code, a reused rotated refresh token, a revoke call). */
    revokeFamily(family: string): void {
      for (const [k, v] of access) if (v.family === family) access.delete(k);
      for (const v of refresh.values()) if (v.family === family) v.revoked = true;
    },
    familyOf: (value: string) => access.get(value)?.family ?? refresh.get(value)?.family,
    accessInfo(value: string): TokenInfo | undefined {
      const info = access.get(value);
      if (!info || (info.expiresAt !== null && info.expiresAt <= now())) return undefined;
      return { clientId: info.clientId, scope: info.scope, expiresAt: info.expiresAt };
    },
    /** Make every access token expire now (the vendor side of a "token expired" test). */
    expireAccessTokens(): void {
      for (const v of access.values()) v.expiresAt = now() - 1;
    },
  };
}

export type TokenStore = ReturnType<typeof createTokenStore>;
