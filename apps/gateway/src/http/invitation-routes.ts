import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { openSession, switchTenant } from '../auth/sessions.js';
import { Name, Password } from '../graphql/inputs.js';
import type { GatewayRuntime } from '../runtime.js';
import { ConflictError, InputError, NotFoundError } from '../services/errors.js';
import { acceptInvitation, previewInvitation } from '../services/invitations.js';
import { requireSameOrigin, type GatewayEnv } from './auth-middleware.js';
import { setSessionCookie } from './auth-routes.js';

const Token = z.string().regex(/^tri_[A-Za-z0-9_-]{20,100}$/, 'Not an invitation link');
const PreviewBody = z.object({ token: Token });
const AcceptBody = z.object({ token: Token, password: Password.optional(), name: Name.optional() });

/** The known failures as JSON a page can show; anything else is the app's 500. */
function refusal(c: Context<GatewayEnv>, error: unknown): Response {
  if (error instanceof NotFoundError) return c.json({ error: error.message }, 404);
  if (error instanceof ConflictError) return c.json({ error: error.message, signInRequired: true }, 409);
  if (error instanceof InputError) return c.json({ error: error.message, fieldErrors: error.fieldErrors }, 400);
  throw error;
}

/**
 * The invitation link's page (`/invite#<token>` in the console) calls
 * these: preview (who is invited where, and how accepting works for this
 * account) and accept (which signs the person in, or moves their session
 * to the tenant). JSON from a trusted origin only, like sign-in.
 */
export function mountInvitationRoutes(app: Hono<GatewayEnv>, rt: GatewayRuntime): void {
  app.use('/api/invitations/*', requireSameOrigin(rt));

  app.post('/api/invitations/preview', async (c) => {
    const body = PreviewBody.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return c.json({ error: 'Not an invitation link' }, 400);
    try {
      const preview = await previewInvitation(rt.db.prisma, body.data.token);
      return c.json({ ...preview, signedInAs: c.get('principal')?.email ?? null });
    } catch (error) {
      return refusal(c, error);
    }
  });

  app.post('/api/invitations/accept', async (c) => {
    const body = AcceptBody.safeParse(await c.req.json().catch(() => null));
    if (!body.success)
      return c.json(
        {
          error: body.error.issues[0]?.message ?? 'Invalid request',
          fieldErrors: body.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        },
        400,
      );
    const principal = c.get('principal');
    const session = principal?.via === 'session' ? principal : null;
    try {
      const joined = await acceptInvitation(rt.db.prisma, body.data.token, body.data, session);
      if (joined.mode === 'sign_in' && session?.sessionId)
        await switchTenant(rt.db.prisma, session.sessionId, joined.userId, joined.tenantId);
      else setSessionCookie(c, rt, await openSession(rt.db.prisma, joined.userId, joined.tenantId, rt.config.sessionTtlMs));
      await rt.auth.refresh();
      return c.json({ ok: true, tenantId: joined.tenantId, email: joined.email });
    } catch (error) {
      return refusal(c, error);
    }
  });
}
