import type { OAuthSimulator } from '@tributary/sandbox';
import type { Context, MiddlewareHandler } from 'hono';
import { badToken, expiredToken, graphError } from './graph-errors.js';

/** The permission reporting needs. */
export const ADS_READ = 'ads_read';

/** The token of a Graph request: `Authorization: Bearer`, or the `access_token` parameter Graph also reads. */
export function tokenOf(c: Context): string | undefined {
  return /^(?:Bearer|OAuth)\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim() ?? c.req.query('access_token') ?? undefined;
}

/**
 * Graph's token check on every API path (not the login dialog or the token
 * exchange): no token is code 104, an unknown or expired one 190, a token
 * without `ads_read` (200) when the request touches an ad account.
 */
export function graphAccess(oauth: OAuthSimulator, open: (path: string) => boolean): MiddlewareHandler {
  return async (c, next) => {
    if (open(c.req.path)) return next();
    const token = tokenOf(c);
    if (!token) throw graphError(400, 104, 'An access token is required to request this resource.');
    const info = oauth.tokenInfo(token);
    if (!info) throw token.startsWith('at_') ? expiredToken() : badToken();
    const touchesAds = /\/(act_\d+|me\/adaccounts)/.test(c.req.path);
    if (touchesAds && !info.scope.split(/[\s,]+/).includes(ADS_READ)) {
      throw graphError(400, 200, '(#200) Ad account owner has NOT grant ads_management or ads_read permission');
    }
    return next();
  };
}
