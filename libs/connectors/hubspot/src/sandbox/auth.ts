import { credentialOf, requireCredential, type OAuthSimulator } from '@tributary/sandbox';
import type { Context, MiddlewareHandler } from 'hono';
import { CREDENTIALS_NOT_FOUND, errorBody, expiredBody, missingScopesBody } from './errors.js';

/** When each access token the OAuth server issued expires (ms), to tell an expired token from an unknown one. */
export type TokenLedger = Map<string, number>;

export interface AuthOptions {
  oauth: OAuthSimulator;
  privateAppTokens: readonly string[];
  ledger: TokenLedger;
  now: () => number;
  /** Paths that need no token (the OAuth endpoints). */
  open: readonly string[];
}

/**
 * Every API call needs a Bearer token: a private app's, or a live OAuth
 * access token. An OAuth token past its expiry is 401
 * `EXPIRED_AUTHENTICATION`; a missing or unknown one 401 `INVALID_AUTHENTICATION`.
 */
export function apiAuth(options: AuthOptions): MiddlewareHandler {
  const accept = (token: string) => options.privateAppTokens.includes(token) || options.oauth.tokenInfo(token) !== undefined;
  return requireCredential(
    { bearer: true },
    accept,
    {
      missing: (c) => c.json(errorBody('INVALID_AUTHENTICATION', CREDENTIALS_NOT_FOUND), 401),
      invalid: (c, token) => {
        const expiresAt = options.ledger.get(token);
        if (expiresAt !== undefined && expiresAt <= options.now()) {
          return c.json(expiredBody(Math.max(1, Math.round((options.now() - expiresAt) / 1000))), 401);
        }
        return c.json(errorBody('INVALID_AUTHENTICATION', CREDENTIALS_NOT_FOUND), 401);
      },
    },
    options.open,
  );
}

const SCOPE_BY_TYPE: Readonly<Record<string, string>> = {
  contacts: 'crm.objects.contacts.read',
  '0-1': 'crm.objects.contacts.read',
  meetings: 'crm.objects.contacts.read',
  '0-47': 'crm.objects.contacts.read',
  calls: 'crm.objects.contacts.read',
  '0-48': 'crm.objects.contacts.read',
  companies: 'crm.objects.companies.read',
  '0-2': 'crm.objects.companies.read',
  deals: 'crm.objects.deals.read',
  '0-3': 'crm.objects.deals.read',
};

/** The read scope a CRM path needs: that of the object type it names first (objects, pipelines, associations). */
export function scopeFor(path: string): string | undefined {
  const type = /^\/crm\/v\d\/(?:objects|pipelines|associations)\/([^/]+)/.exec(path)?.[1];
  return type ? SCOPE_BY_TYPE[type] : undefined;
}

/** An OAuth token must have been granted the scope of what it reads (private apps choose theirs in the portal: all granted here). */
export function scopeCheck(oauth: OAuthSimulator): MiddlewareHandler {
  return async (c: Context, next) => {
    const token = credentialOf(c, { bearer: true });
    const info = token ? oauth.tokenInfo(token) : undefined;
    const needed = scopeFor(c.req.path);
    if (info && needed && !info.scope.split(/\s+/).includes(needed)) return c.json(missingScopesBody([needed]), 403);
    return next();
  };
}
