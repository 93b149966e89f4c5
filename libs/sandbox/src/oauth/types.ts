/** A registered OAuth app at the fake vendor. */
export interface SimulatedClient {
  clientId: string;
  clientSecret: string;
  /** Exact redirect URIs; anything else is `redirect_uri_mismatch`. */
  redirectUris: string[];
}

export type PkceMethod = 'S256' | 'plain';

/** An OAuth error answer (`{error, error_description}`, status 400). */
export interface OAuthErrorAnswer {
  error: string;
  description: string;
}

export interface OAuthSimulatorOptions {
  /** Shown on the consent screen ("Acme CRM"). */
  vendor: string;
  clients: SimulatedClient[];
  /** `required`: no challenge is an error; `optional`: checked when sent; `unsupported`: ignored (Stripe Connect). */
  pkce: 'required' | 'optional' | 'unsupported';
  /** `code_challenge_method`s accepted (default S256 only). */
  pkceMethods?: PkceMethod[];
  /** What an omitted `code_challenge_method` means (Google: `plain`); without it an omitted method is refused. */
  pkceDefaultMethod?: PkceMethod;
  /** The answer to a `code_verifier` that does not match (default `invalid_grant`). A missing verifier is always `invalid_grant`. */
  pkceMismatchError?: OAuthErrorAnswer;
  /** Seconds an access token lives; `null` sends no `expires_in` (Salesforce). Default 3600. */
  accessTokenTtlSeconds?: number | null;
  /** With no `expires_in` sent: how long an access token still works server-side (Salesforce's session timeout). Default: forever. */
  sessionTtlSeconds?: number;
  /** Issue refresh tokens (default true; Meta issues none). */
  refreshTokens?: boolean;
  /** Issue a refresh token only when one of these scopes was granted (Salesforce: `refresh_token`, `offline_access`). */
  refreshTokenScopes?: string[];
  /** Replace the refresh token on every refresh; reusing an old one is `invalid_grant` (unless `keepRotatedRefreshTokens`). */
  rotateRefreshTokens?: boolean;
  /** With rotation: a replaced refresh token keeps working until revoked (Microsoft: each refresh returns a new one, the old is not revoked). */
  keepRotatedRefreshTokens?: boolean;
  /** Lifetime of an authorization code (default 600 s, about the 10 minutes vendors use). */
  codeTtlSeconds?: number;
  /** `token_type` as the vendor spells it (default `bearer`). */
  tokenType?: string;
  /**
   * How the token endpoint authenticates the client: `client_secret` (default:
   * `client_id` + `client_secret` in the form, or HTTP Basic) or `secret_key`:
   * the client's secret is an API key sent as `Authorization: Bearer` or as the
   * Basic username, with no `client_id` (Stripe: the platform's secret key).
   */
  tokenClientAuth?: 'client_secret' | 'secret_key';
  /**
   * Whether the token request must repeat the authorization request's
   * `redirect_uri` (RFC 6749 4.1.3; default true). Stripe's takes none.
   */
  redirectUriAtToken?: boolean;
  /** Extra token-response fields: `instance_url`, `stripe_user_id`, ... */
  tokenExtras?: (grant: { clientId: string; scope: string; kind: 'authorization_code' | 'refresh_token' }) => Record<string, unknown>;
  now?: () => Date;
  /** The answer to revoking an unknown, expired or revoked token (Salesforce: `invalid_token`); default 200, as RFC 7009 says. */
  revokeInvalidToken?: OAuthErrorAnswer;
  /** Sign tokens with this secret so a restarted simulator keeps accepting them (sandboxes); in memory otherwise. */
  tokenSecret?: string;
}

/** What the vendor API side needs to know about a bearer token. */
export interface TokenInfo {
  clientId: string;
  scope: string;
  expiresAt: number | null;
}

/** One token-endpoint or revoke call, for assertions. */
export interface GrantEvent {
  kind: 'authorization_code' | 'refresh_token' | 'revoke';
  ok: boolean;
  error?: string;
  clientId?: string;
}
