import { credentialOf, requireCredential } from '@tributary/sandbox';
import type { Context, MiddlewareHandler } from 'hono';
import type { SimContext } from './context.js';
import { invalidSession, jsonResponse, notFound, requestLimitExceeded } from './errors.js';
import type { ApiUsageMeter } from './usage.js';

/** REST API versions the simulator answers (`v20.0` .. `v68.0`). */
export const VERSIONS = { min: 20, max: 68 } as const;
/** Every REST API resource of one version (`/services/data/v62.0` and below it); the versions list above it is open. */
export const API_PATHS = '/services/data/:version/*';
const DATA_PATH = /^\/services\/data\/([^/]+)(\/|$)/;
/** Salesforce takes the session as `Authorization: Bearer <token>` or `OAuth <token>`. */
const SESSION = { bearer: true, schemes: ['Bearer', 'OAuth'] } as const;

/** The session token of a request (`Authorization: Bearer <token>` or `OAuth <token>`). */
export const sessionOf = (c: Context): string | undefined => credentialOf(c, SESSION);

/** `v62.0` -> 62 when the simulator speaks that version, else undefined. */
export function versionNumber(version: string): number | undefined {
  const match = /^v(\d+)\.0$/.exec(version);
  const n = match ? Number(match[1]) : NaN;
  return n >= VERSIONS.min && n <= VERSIONS.max ? n : undefined;
}

/**
 * `Sforce-Limit-Info: api-usage=used/limit` on every REST API response
 * (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/headers_api_usage.htm).
 */
export function limitInfo(usage: ApiUsageMeter, now: () => number): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (DATA_PATH.test(c.req.path)) c.header('Sforce-Limit-Info', `api-usage=${usage.used(now())}/${usage.limit}`);
  };
}

/** A live session (the kit's credential check): 401 `INVALID_SESSION_ID` for a missing, expired or revoked token. */
export function requireSession(ctx: SimContext): MiddlewareHandler {
  const refuse = () => jsonResponse(invalidSession().body, 401);
  return requireCredential(SESSION, (token) => ctx.oauth.tokenInfo(token) !== undefined, { missing: refuse, invalid: refuse });
}

/**
 * After the session: a known API version (404) and room in the daily
 * allocation (403 `REQUEST_LIMIT_EXCEEDED`, not 429: Salesforce's limit is
 * a rolling 24-hour count, not a per-second rate).
 */
export function apiGate(ctx: SimContext): MiddlewareHandler {
  return async (c, next) => {
    if (versionNumber(c.req.param('version') ?? '') === undefined) throw notFound();
    if (!ctx.usage.take(ctx.store.world.clock.now())) throw requestLimitExceeded();
    return next();
  };
}
