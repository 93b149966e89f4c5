import type { MiddlewareHandler } from 'hono';
import type { SimContext } from './context.js';
import { invalidSession, notFound, requestLimitExceeded } from './errors.js';

/** REST API versions the simulator answers (`v20.0` .. `v68.0`). */
export const VERSIONS = { min: 20, max: 68 } as const;
const DATA_PATH = /^\/services\/data\/([^/]+)(\/|$)/;

/** The token of `Authorization: Bearer <token>` (Salesforce also takes the `OAuth` scheme). */
export function bearerToken(header: string | undefined): string | undefined {
  return /^(?:Bearer|OAuth)\s+(\S+)$/i.exec(header ?? '')?.[1];
}

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
export function limitInfo(ctx: SimContext): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (DATA_PATH.test(c.req.path)) {
      c.header('Sforce-Limit-Info', `api-usage=${ctx.usage.used(ctx.store.world.clock.now())}/${ctx.usage.limit}`);
    }
  };
}

/**
 * For `/services/data/vXX.X/...`: a valid session (401 `INVALID_SESSION_ID`
 * otherwise, expired and revoked tokens included), a known API version
 * (404), and room in the daily allocation (403 `REQUEST_LIMIT_EXCEEDED`,
 * not 429). The versions list `/services/data` needs none of them.
 */
export function apiGate(ctx: SimContext): MiddlewareHandler {
  return async (c, next) => {
    const match = DATA_PATH.exec(c.req.path);
    if (!match) return next();
    const token = bearerToken(c.req.header('authorization'));
    if (!token || !ctx.oauth.tokenInfo(token)) throw invalidSession();
    if (versionNumber(match[1] ?? '') === undefined) throw notFound();
    if (!ctx.usage.take(ctx.store.world.clock.now())) {
      throw requestLimitExceeded();
    }
    return next();
  };
}
