import type { ConnectorSandbox } from '@tributary/core';
import { sandboxBaseUrl } from '@tributary/sync';
import type { Hono } from 'hono';
import type { GatewayEnv } from '../http/auth-middleware.js';

/** The vendor simulators this gateway serves under `/sandbox/<connector id>`. */
export interface SandboxHost {
  has(type: string): boolean;
  get(type: string): ConnectorSandbox | undefined;
  /** The sandbox's API base URL (what the connector is pointed at). */
  baseUrl(type: string): string;
  mount(app: Hono<GatewayEnv>): void;
  close(): Promise<void>;
}

export const SANDBOX_PREFIX = '/sandbox';

/**
 * Mount sandboxes: a request to `/sandbox/stripe/v1/charges` reaches the
 * Stripe simulator as `/v1/charges`.
 */
export function createSandboxHost(publicUrl: string, sandboxes: ReadonlyMap<string, ConnectorSandbox>): SandboxHost {
  return {
    has: (type) => sandboxes.has(type),
    get: (type) => sandboxes.get(type),
    baseUrl: (type) => sandboxBaseUrl(publicUrl, type),
    mount(app) {
      for (const [type, sandbox] of sandboxes) {
        const prefix = `${SANDBOX_PREFIX}/${type}`;
        app.all(`${prefix}/*`, (c) => {
          const url = new URL(c.req.url);
          url.pathname = url.pathname.slice(prefix.length) || '/';
          return sandbox.fetch(new Request(url, c.req.raw));
        });
      }
    },
    async close() {
      await Promise.all([...sandboxes.values()].map((s) => s.close?.()));
    },
  };
}
