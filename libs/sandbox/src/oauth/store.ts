import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { PkceMethod, TokenInfo } from './types.js';

export interface PendingCode {
  clientId: string;
  redirectUri: string;
  scope: string;
  challenge: { value: string; method: PkceMethod } | null;
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

interface Claims {
  c: string;
  s: string;
  e: number | null;
  f: string;
}

/**
 * Tokens signed with `secret` carry their grant, so a simulator restarted
 * with the same secret (the gateway's sandboxes) still accepts the tokens it
 * issued before. Without a secret tokens are opaque and live in memory.
 */
function signer(secret: string | undefined) {
  const mac = (body: string) =>
    createHmac('sha256', secret ?? '')
      .update(body)
      .digest('base64url');
  return {
    make(prefix: string, claims: Claims): string {
      if (!secret) return token(prefix);
      const body = Buffer.from(JSON.stringify({ ...claims, n: randomBytes(6).toString('base64url') })).toString('base64url');
      return `${prefix}_${body}.${mac(body)}`;
    },
    read(value: string): Claims | undefined {
      const [body, sig] = (value.split('_').slice(1).join('_') || '').split('.');
      if (!secret || !body || !sig) return undefined;
      const expected = Buffer.from(mac(body));
      const given = Buffer.from(sig);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
      return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Claims;
    },
  };
}

/** Codes, access tokens and refresh tokens of one simulator instance. */
export function createTokenStore(now: () => number, secret?: string) {
  const codes = new Map<string, PendingCode>();
  const access = new Map<string, TokenInfo & { family: string }>();
  const refresh = new Map<string, RefreshGrant>();
  /** Revoked grant families: a signed token of one must not be recalled. */
  const dead = new Set<string>();
  const signed = signer(secret);
  /** A signed token issued by an earlier run of this simulator: remember it from now on. */
  const recall = (value: string) => {
    const claims = signed.read(value);
    if (!claims || dead.has(claims.f)) return;
    if (value.startsWith('at_')) access.set(value, { clientId: claims.c, scope: claims.s, expiresAt: claims.e, family: claims.f });
    if (value.startsWith('rt_')) refresh.set(value, { clientId: claims.c, scope: claims.s, revoked: false, family: claims.f });
  };
  const known = (value: string) => {
    if (!access.has(value) && !refresh.has(value)) recall(value);
  };
  return {
    codes,
    newCode(pending: Omit<PendingCode, 'used' | 'issued'>): string {
      const code = token('code');
      codes.set(code, { ...pending, used: false, issued: [] });
      return code;
    },
    issue(clientId: string, scope: string, ttl: number | null, withRefresh: boolean, family = token('fam')) {
      const expiresAt = ttl === null ? null : now() + ttl * 1000;
      const accessToken = signed.make('at', { c: clientId, s: scope, e: expiresAt, f: family });
      access.set(accessToken, { clientId, scope, expiresAt, family });
      const refreshToken = withRefresh ? signed.make('rt', { c: clientId, s: scope, e: null, f: family }) : undefined;
      if (refreshToken) refresh.set(refreshToken, { clientId, scope, revoked: false, family });
      return { accessToken, refreshToken, family };
    },
    refreshGrant: (value: string) => {
      known(value);
      return refresh.get(value);
    },
    /** Revoke every token of a grant family (a replayed code, a reused rotated refresh token, a revoke call). */
    revokeFamily(family: string): void {
      dead.add(family);
      for (const [k, v] of access) if (v.family === family) access.delete(k);
      for (const v of refresh.values()) if (v.family === family) v.revoked = true;
    },
    familyOf: (value: string) => {
      known(value);
      return access.get(value)?.family ?? refresh.get(value)?.family;
    },
    /** The grant behind an unexpired access token or an unrevoked refresh token. */
    liveGrant(value: string): { clientId: string; family: string } | undefined {
      known(value);
      const info = access.get(value);
      if (info && (info.expiresAt === null || info.expiresAt > now())) return { clientId: info.clientId, family: info.family };
      const grant = refresh.get(value);
      return grant && !grant.revoked ? { clientId: grant.clientId, family: grant.family } : undefined;
    },
    accessInfo(value: string): TokenInfo | undefined {
      known(value);
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
