import type { Context, Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { SESSION_COOKIE } from '../auth/principal.js';
import { login, logout, type LoginResult } from '../auth/sessions.js';
import { Password } from '../graphql/inputs.js';
import type { GatewayRuntime } from '../runtime.js';
import { audit } from '../services/audit.js';
import { changePassword } from '../services/passwords.js';
import type { GatewayEnv } from './auth-middleware.js';
import { clientAddress } from './client-address.js';

const LoginBody = z.object({
  email: z.string().min(3).max(320),
  password: z.string().min(1).max(1024),
  tenant: z.string().max(200).optional(),
});
const PasswordBody = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: Password,
  revokeTokens: z.boolean().optional(),
});

/** The session cookie: HTTP-only, SameSite=Lax, Secure behind https. */
export function setSessionCookie(c: Context<GatewayEnv>, rt: GatewayRuntime, session: Pick<LoginResult, 'cookie' | 'expiresAt'>): void {
  setCookie(c, SESSION_COOKIE, session.cookie, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: rt.config.publicUrl.startsWith('https://'),
    path: '/',
    expires: session.expiresAt,
  });
}

/** 429 with how long to wait, in the body and in Retry-After. */
const tooMany = (c: Context<GatewayEnv>, seconds: number) => {
  c.header('Retry-After', String(seconds));
  return c.json({ error: `Too many failed sign-ins. Try again in ${seconds} s.`, retryAfter: seconds }, 429);
};

/** Every tenant of the account hears of a failed sign-in (who tried is unknown: the actor is the system). */
async function auditFailure(rt: GatewayRuntime, email: string, address: string): Promise<void> {
  const user = await rt.db.prisma.user.findUnique({ where: { email: email.trim().toLowerCase() }, include: { memberships: true } });
  rt.logger.warn({ address, known: user !== null }, 'sign-in failed');
  for (const m of user?.memberships ?? []) {
    await audit(rt.db.prisma, { system: 'sign-in', tenantId: m.tenantId }, 'session.login_failed', 'user', user?.id, { address });
  }
}

/**
 * Console sign-in, sign-out and password change. Sign-in is throttled per
 * account and per client address (LoginThrottle) before any password is
 * hashed; a failure is audited in the account's tenants.
 */
export function mountAuthRoutes(app: Hono<GatewayEnv>, rt: GatewayRuntime): void {
  app.post('/api/auth/login', async (c) => {
    const body = LoginBody.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return c.json({ error: 'email and password are required' }, 400);
    const address = clientAddress(c, rt);
    const wait = await rt.throttle.attempt(body.data.email, address);
    if (wait > 0) return tooMany(c, wait);
    const session = await login(rt.db.prisma, body.data.email, body.data.password, body.data.tenant, rt.config.sessionTtlMs);
    if (!session) {
      await auditFailure(rt, body.data.email, address);
      return c.json({ error: 'Wrong email or password' }, 401);
    }
    await rt.throttle.succeeded(body.data.email, address);
    setSessionCookie(c, rt, session);
    const actor = { userId: session.userId, email: body.data.email.toLowerCase(), tenantId: session.tenantId, role: 'viewer' as const };
    await audit(rt.db.prisma, { ...actor, via: 'session' }, 'session.login', 'user', session.userId, { address });
    return c.json({ ok: true, tenantId: session.tenantId });
  });

  app.post('/api/auth/logout', async (c) => {
    const principal = c.get('principal');
    if (principal?.sessionId) {
      await logout(rt.db.prisma, principal.sessionId);
      await rt.auth.refresh();
      await audit(rt.db.prisma, principal, 'session.logout', 'user', principal.userId);
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true });
  });

  app.post('/api/auth/password', async (c) => {
    const principal = c.get('principal');
    if (principal?.via !== 'session') return c.json({ error: 'Sign in to the console to change your password' }, 401);
    const body = PasswordBody.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return c.json({ error: body.error.issues[0]?.message ?? 'Invalid request', fieldErrors: body.error.issues }, 400);
    const address = clientAddress(c, rt);
    const wait = await rt.throttle.attempt(principal.email, address);
    if (wait > 0) return tooMany(c, wait);
    const result = await changePassword(rt, principal, body.data);
    if (result === 'wrong_password') return c.json({ error: 'Your current password is not that' }, 403);
    await rt.throttle.succeeded(principal.email, address);
    setSessionCookie(c, rt, result.session);
    return c.json({ ok: true, sessionsEnded: result.sessionsEnded, tokensRevoked: result.tokensRevoked });
  });

  app.get('/api/auth/me', (c) => {
    const principal = c.get('principal');
    if (!principal) return c.json({ error: 'Not signed in' }, 401);
    return c.json({
      userId: principal.userId,
      email: principal.email,
      tenantId: principal.tenantId,
      role: principal.role,
      via: principal.via,
    });
  });
}
