import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { GatewayRuntime } from '../runtime.js';
import type { GatewayEnv } from './auth-middleware.js';

/**
 * The caller's address, for throttling and the audit log: the socket's
 * peer, or behind a trusted reverse proxy (`TRIBUTARY_TRUST_PROXY=true`)
 * the last hop it appended to X-Forwarded-For (earlier hops are the
 * client's to forge).
 */
export function clientAddress(c: Context<GatewayEnv>, rt: GatewayRuntime): string {
  if (rt.config.trustProxy) {
    const hops = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean);
    const last = hops[hops.length - 1];
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'unknown';
  }
}
