import type { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { SESSION_COOKIE } from '../auth/principal.js';
import { login, logout } from '../auth/sessions.js';
import type { GatewayRuntime } from '../runtime.js';
import { audit } from '../services/audit.js';
import type { GatewayEnv } from './auth-middleware.js';

const LoginBody = z.object({ email: z.string().min(3).max(320), password: z.string().min(1).max(1024), tenant: z.string().optional() });

/** Console sign-in: an HTTP-only, SameSite=Lax session cookie (Secure behind https). */
export function mountAuthRoutes(app: Hono<GatewayEnv>, rt: GatewayRuntime): void {
  app.post('/api/auth/login', async (c) => {
    const body = LoginBody.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return c.json({ error: 'email and password are required' }, 400);
    const session = await login(rt.db.prisma, body.data.email, body.data.password, body.data.tenant, rt.config.sessionTtlMs);
    if (!session) return c.json({ error: 'Wrong email or password' }, 401);
    setCookie(c, SESSION_COOKIE, session.cookie, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: rt.config.publicUrl.startsWith('https://'),
      path: '/',
      expires: session.expiresAt,
    });
    const principal = {
      userId: session.userId,
      email: body.data.email.toLowerCase(),
      tenantId: session.tenantId,
      role: 'viewer' as const,
      via: 'session' as const,
    };
    await audit(rt.db.prisma, principal, 'session.login', 'user', session.userId);
    return c.json({ ok: true, tenantId: session.tenantId });
  });

  app.post('/api/auth/logout', async (c) => {
    const principal = c.get('principal');
    if (principal?.sessionId) {
      await logout(rt.db.prisma, principal.sessionId);
      await audit(rt.db.prisma, principal, 'session.logout', 'user', principal.userId);
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true });
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
