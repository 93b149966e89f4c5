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
      principal = token ? await principalFromToken(rt.db.prisma, token) : null;
    } else {
      const cookie = getCookie(c, SESSION_COOKIE);
      principal = cookie ? await principalFromSession(rt.db.prisma, cookie, rt.config.sessionTtlMs) : null;
    }
    c.set('principal', principal);
    await next();
  };
}

/**
 * CSRF defence for cookie sessions: state-changing requests must be JSON
 * (a cross-site form cannot send it without a CORS preflight) and, when the
 * browser sends an Origin, come from this gateway's own origin. The cookie
 * is also SameSite=Lax. Token requests carry no ambient credential.
 */
export function csrfSafe(c: Context<GatewayEnv>, rt: GatewayRuntime): boolean {
  if (c.get('principal')?.via !== 'session' || c.req.method === 'GET' || c.req.method === 'HEAD') return true;
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/json') && !type.includes('application/graphql-response+json')) return false;
  const origin = c.req.header('origin');
  const allowed = [
    new URL(rt.config.publicUrl).origin,
    ...(rt.config.vars['TRIBUTARY_CONSOLE_ORIGIN'] ? [rt.config.vars['TRIBUTARY_CONSOLE_ORIGIN']] : []),
  ];
  return origin === undefined || allowed.includes(origin);
}
