import type { OAuthSimulator } from '@tributary/sandbox';
import type { Context, MiddlewareHandler } from 'hono';
import { oauthErrorPage, rewriteJson } from './oauth-pages.js';

interface GrantRequest {
  clientId: string;
  offline: boolean;
  consent: boolean;
}

function checkAuthorize(c: Context): Response | undefined {
  const q = c.req.query();
  if (!q['scope']) return oauthErrorPage(c, 'invalid_request', 'Missing required parameter: scope');
  if (q['access_type'] !== undefined && !['online', 'offline'].includes(q['access_type'])) {
    return oauthErrorPage(c, 'invalid_request', `Invalid access_type: ${q['access_type']}`);
  }
  const prompts = (q['prompt'] ?? '').split(' ').filter(Boolean);
  if (prompts.some((p) => !['none', 'consent', 'select_account'].includes(p)))
    return oauthErrorPage(c, 'invalid_request', 'Invalid prompt');
  return undefined;
}

/**
 * Google's quirks on top of the kit's authorization server: `scope` is
 * required; a refresh token only with `access_type=offline`, and only on
 * the first grant to a client unless `prompt=consent`; a refused refresh is
 * `invalid_grant` "Token has been expired or revoked."; revoking resets
 * the token's client's grant (its next consent is a first one again).
 *
 * @example
 * app.use('*', googleQuirks(GOOGLE_OAUTH_PATHS, oauth));
 */
export function googleQuirks(paths: { authorize: string; token: string; revoke: string }, oauth: OAuthSimulator): MiddlewareHandler {
  const pending = new Map<string, GrantRequest>();
  const codes = new Map<string, GrantRequest>();
  const granted = new Set<string>();
  return async (c, next) => {
    const { method, path } = c.req;
    if (method === 'GET' && path === paths.authorize) {
      const refused = checkAuthorize(c);
      if (refused) return refused;
      await next();
      const request = /name="request" value="([^"]+)"/.exec(c.res.status === 200 ? await c.res.clone().text() : '')?.[1];
      const q = c.req.query();
      if (request)
        pending.set(request, {
          clientId: q['client_id'] ?? '',
          offline: q['access_type'] === 'offline',
          consent: (q['prompt'] ?? '').includes('consent'),
        });
      return undefined;
    }
    if (method === 'POST' && path === `${paths.authorize}/decision`) {
      const form = await c.req.parseBody();
      const grant = pending.get(String(form['request'] ?? ''));
      await next();
      const code = new URL(c.res.headers.get('location') ?? '/', 'http://sim').searchParams.get('code');
      if (grant && code) codes.set(code, grant);
      return undefined;
    }
    if (method === 'POST' && path === paths.token) return tokenQuirks(c, next, codes, granted);
    if (method === 'POST' && path === paths.revoke) {
      // Revoking ends this client's grant only: its next consent is a first one again.
      const clientId = oauth.clientOf(String((await c.req.parseBody())['token'] ?? ''));
      await next();
      if (clientId && c.res.status === 200) granted.delete(clientId);
      return undefined;
    }
    return next();
  };
}

async function tokenQuirks(
  c: Context,
  next: () => Promise<void>,
  codes: Map<string, GrantRequest>,
  granted: Set<string>,
): Promise<undefined> {
  const form = await c.req.parseBody();
  const grant = codes.get(String(form['code'] ?? ''));
  await next();
  if (form['grant_type'] === 'refresh_token' && c.res.status === 400) {
    await rewriteJson(c, (body) =>
      body['error'] === 'invalid_grant' ? { ...body, error_description: 'Token has been expired or revoked.' } : body,
    );
  }
  if (form['grant_type'] === 'authorization_code' && c.res.status === 200 && grant) {
    const keep = grant.offline && (!granted.has(grant.clientId) || grant.consent);
    if (keep) granted.add(grant.clientId);
    await rewriteJson(c, (body) => (keep ? body : Object.fromEntries(Object.entries(body).filter(([k]) => k !== 'refresh_token'))));
  }
  return undefined;
}
