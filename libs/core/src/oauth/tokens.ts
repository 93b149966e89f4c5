import { z } from 'zod';

/**
 * The tokens of one OAuth connection, as stored (encrypted) in a connector's
 * config. `expiresAt` is absent when the vendor issues no `expires_in`
 * (Salesforce): the token is then valid until the vendor answers 401.
 */
export const TokenSet = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1).optional(),
  tokenType: z.string().default('bearer'),
  scope: z.string().optional(),
  expiresAt: z.iso.datetime().optional(),
  obtainedAt: z.iso.datetime(),
  /** Per-login API base (Salesforce `instance_url`). */
  instanceUrl: z.url().optional(),
  /** The connected account (Stripe Connect `stripe_user_id`). */
  accountId: z.string().optional(),
});
export type TokenSet = z.infer<typeof TokenSet>;

/** The config every OAuth connector stores: its tokens, plus whatever the connector adds. */
export const OAuthConfig = z.object({ tokens: TokenSet });
export type OAuthConfig = z.infer<typeof OAuthConfig>;

/** Refresh this long before expiry, so a sync never starts with a token about to lapse. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * Whether the tokens should be refreshed now: they expire within the
 * margin and a refresh token exists. Tokens without an expiry never need a
 * proactive refresh.
 *
 * @example
 * needsRefresh({ ...tokens, expiresAt: new Date(Date.now() + 60_000).toISOString() }) // true
 */
export function needsRefresh(tokens: TokenSet, now: Date = new Date(), marginMs = REFRESH_MARGIN_MS): boolean {
  if (!tokens.refreshToken || !tokens.expiresAt) return false;
  return Date.parse(tokens.expiresAt) - now.getTime() <= marginMs;
}

/** Tokens that cannot be refreshed (Meta) and expire within `withinMs`: the connector should warn. */
export function expiresSoonWithoutRefresh(tokens: TokenSet, now: Date = new Date(), withinMs = 7 * 24 * 3600_000): boolean {
  if (tokens.refreshToken || !tokens.expiresAt) return false;
  return Date.parse(tokens.expiresAt) - now.getTime() <= withinMs;
}
