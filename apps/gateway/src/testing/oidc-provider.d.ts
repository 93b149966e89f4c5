/** The small part of oidc-provider 9 (a Koa app; it ships no types) the OAuth suites use. */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  interface StoredToken {
    jti: string;
    clientId?: string;
    grantId?: string;
  }

  export default class Provider {
    constructor(issuer: string, configuration?: Record<string, unknown>);
    readonly issuer: string;
    /** The Node request handler (Koa's `callback()`). */
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    on(event: string, listener: (...args: unknown[]) => void): this;
    readonly AccessToken: { find(value: string): Promise<StoredToken | undefined> };
    readonly RefreshToken: { find(value: string): Promise<(StoredToken & { consumed?: unknown }) | undefined> };
  }
}
