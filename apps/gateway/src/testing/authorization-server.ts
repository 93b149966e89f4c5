import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** One call to the token endpoint, as the authorization server answered it. */
export interface TokenCall {
  grantType: string;
  ok: boolean;
  error?: string;
}

/**
 * A real, certified authorization server (oidc-provider 9) on 127.0.0.1,
 * with a tiny protected "vendor API" beside it that accepts only access
 * tokens the server issued and has not revoked.
 */
export interface AuthorizationServer {
  issuer: string;
  endpoints: { authorize: string; token: string; revoke: string };
  clientId: string;
  clientSecret: string;
  /** Token-endpoint requests as they arrive (counted before the server answers). */
  readonly tokenRequests: number;
  readonly tokenCalls: TokenCall[];
  readonly revocations: number;
  /** Register the relying party's exact redirect URI and start answering. */
  start(redirectUri: string): void;
  accessTokenValid(token: string): Promise<boolean>;
  refreshTokenUsable(token: string): Promise<boolean>;
  close(): Promise<void>;
}

export const CONTACTS = [
  { id: 'c-1', email: 'ada@example.com', name: 'Ada' },
  { id: 'c-2', email: 'grace@example.com', name: 'Grace' },
];

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function configuration(clientId: string, clientSecret: string, redirectUri: string, refreshTokens: boolean): Record<string, unknown> {
  return {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    scopes: ['api:read'],
    pkce: { required: () => true },
    features: { revocation: { enabled: true }, devInteractions: { enabled: true } },
    issueRefreshToken: async () => refreshTokens,
    // Every refresh rotates: the old refresh token is consumed, and presenting it again is reuse.
    rotateRefreshToken: () => true,
    ttl: { AccessToken: 3600, AuthorizationCode: 60, RefreshToken: 86_400, Grant: 86_400, Session: 3600, Interaction: 600 },
    cookies: { keys: [randomBytes(16).toString('hex')] },
  };
}

/**
 * Start oidc-provider on a free port; call `start(redirectUri)` once the
 * gateway's callback URL is known. With `refreshTokens: false` it issues
 * access tokens only (as Meta does), which nothing can renew.
 */
export async function startAuthorizationServer(options: { refreshTokens?: boolean } = {}): Promise<AuthorizationServer> {
  let handler: Handler = (_req, res) => res.writeHead(503).end();
  let provider: Provider | undefined;
  let tokenRequests = 0;
  let revocations = 0;
  const tokenCalls: TokenCall[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'POST' && path === '/token') tokenRequests++;
    if (req.method === 'POST' && path === '/token/revocation') revocations++;
    if (path.startsWith('/api/')) return void api(req, res);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const bearer = (req: IncomingMessage) => /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
  async function api(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const valid = provider ? await provider.AccessToken.find(bearer(req)) : undefined;
    res.setHeader('content-type', 'application/json');
    if (!valid) return void res.writeHead(401).end(JSON.stringify({ error: 'invalid_token' }));
    res.end(JSON.stringify({ contacts: CONTACTS }));
  }

  const clientId = 'tributary-test';
  const clientSecret = `cs_${randomBytes(16).toString('hex')}`;
  return {
    issuer,
    endpoints: { authorize: `${issuer}/auth`, token: `${issuer}/token`, revoke: `${issuer}/token/revocation` },
    clientId,
    clientSecret,
    get tokenRequests() {
      return tokenRequests;
    },
    tokenCalls,
    get revocations() {
      return revocations;
    },
    start(redirectUri) {
      const p = new Provider(issuer, configuration(clientId, clientSecret, redirectUri, options.refreshTokens ?? true));
      const record = (ok: boolean) => (ctx: unknown, error?: unknown) => {
        const params = (ctx as { oidc?: { params?: { grant_type?: string } } }).oidc?.params;
        const code = (error as { error?: string } | undefined)?.error;
        tokenCalls.push({ grantType: params?.grant_type ?? '?', ok, ...(code ? { error: code } : {}) });
      };
      p.on('grant.success', record(true));
      p.on('grant.error', record(false));
      provider = p;
      handler = p.callback();
    },
    accessTokenValid: async (token) => (await provider?.AccessToken.find(token)) !== undefined,
    refreshTokenUsable: async (token) => {
      const found = await provider?.RefreshToken.find(token);
      return found !== undefined && !found.consumed;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
