import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { principalFromSession, principalFromToken, SESSION_COOKIE, type Principal } from '../auth/principal.js';
import type { GatewayRuntime } from '../runtime.js';

export type GatewayEnv = { Variables: { principal: Principal | null; requestId: string } };

/** Resolve the caller from `Authorization: Bearer trb_...` or the session cookie (never both silently: a bad token is not a cookie fallback). */
export function authenticate(rt: GatewayRuntime): MiddlewareHandler<GatewayEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    let principal: Principal | null = null;
    if (header) {
      const token = /^Bearer\s+(trb_[A-Za-z0-9_-]+)$/.exec(header)?.[1];
      principal = token ? await principalFromToken(rt.db.prisma, token, rt.auth) : null;
    } else {
      const cookie = getCookie(c, SESSION_COOKIE);
      principal = cookie ? await principalFromSession(rt.db.prisma, cookie, rt.config.sessionTtlMs, rt.auth) : null;
    }
    c.set('principal', principal);
    await next();
  };
}

const JSON_TYPES = /^application\/(graphql-response\+)?json\b/i;

/** The body is JSON: a cross-site form cannot send it without a CORS preflight (which only trusted origins pass). */
export const isJsonRequest = (c: Context<GatewayEnv>): boolean => JSON_TYPES.test(c.req.header('content-type') ?? '');

/**
 * The request comes from a page of a trusted origin, or from no page at all:
 * a browser names the page's origin in `Origin` (which must be the gateway's,
 * the console's or a configured one) and says `Sec-Fetch-Site`; a client
 * that is not a browser (curl, a server) sends neither. A page on another
 * port of the same host is `same-site`, not `same-origin`: refused.
 */
export function fromTrustedOrigin(c: Context<GatewayEnv>, rt: GatewayRuntime): boolean {
  const origin = c.req.header('origin');
  if (origin !== undefined) return rt.config.allowedOrigins.includes(origin);
  const site = c.req.header('sec-fetch-site');
  return site === undefined || site === 'same-origin' || site === 'none';
}

/**
 * CSRF defence for cookie sessions: state-changing requests must be JSON
 * and come from a trusted origin. The cookie is also SameSite=Lax. Token
 * requests carry no ambient credential.
 */
export function csrfSafe(c: Context<GatewayEnv>, rt: GatewayRuntime): boolean {
  if (c.get('principal')?.via !== 'session' || c.req.method === 'GET' || c.req.method === 'HEAD') return true;
  return isJsonRequest(c) && fromTrustedOrigin(c, rt);
}

/** For routes that set or end a session (sign-in, sign-out, password, invitations): JSON from a trusted origin, else 403. */
export function requireSameOrigin(rt: GatewayRuntime): MiddlewareHandler<GatewayEnv> {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && !(isJsonRequest(c) && fromTrustedOrigin(c, rt))) {
      return c.json({ error: 'Cross-site request refused: send JSON from the console' }, 403);
    }
    return next();
  };
}
