import { z } from 'zod';
import type { OAuth2AuthSpec } from '../connector/manifest.js';
import type { OAuthCallOptions, OAuthClient } from './engine.js';
import { OAuthError, oauthError, oauthTransportError } from './errors.js';
import { TokenSet } from './tokens.js';

const ExchangeAnswer = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().positive().optional(),
});
/** An RFC 6749 error (`{error, error_description}`) or a Graph-style envelope (`{error: {message, code}}`). */
const RfcError = z.object({ error: z.string().min(1), error_description: z.string().optional() });
const EnvelopeError = z.object({ error: z.object({ message: z.string().default(''), code: z.number().optional() }) });

function refusal(status: number, body: unknown, call: OAuthCallOptions, client: OAuthClient): OAuthError {
  const rfc = RfcError.safeParse(body);
  const context = { vendor: call.vendor, redirectUri: client.redirectUri, status };
  if (rfc.success) return oauthError('exchange', rfc.data.error, rfc.data.error_description, context);
  const envelope = EnvelopeError.safeParse(body);
  const code = envelope.success && envelope.data.error.code !== undefined ? `code ${envelope.data.error.code}` : `HTTP ${status}`;
  const detail = envelope.success && envelope.data.error.message ? `: ${envelope.data.error.message}` : '';
  return new OAuthError('vendor', code, `${call.vendor} refused the token exchange (${code}${detail}). Try connecting again.`, { status });
}

/**
 * The second exchange a spec declares in `tokenExchange`, right after the
 * code exchange: `GET {tokenUrl}?grant_type=<grantType>&client_id&client_secret&<tokenParam>=<access token>`
 * (Meta's long-lived user token, about 60 days, from the short-lived one the
 * code gave: https://developers.facebook.com/docs/facebook-login/guides/access-tokens/get-long-lived).
 * The returned token replaces the short one; the rest of the token set is kept.
 *
 * @example
 * const long = await exchangeForLongLived(meta.auth, client, shortTokens, { vendor: 'Meta Ads' });
 * long.expiresAt // about 60 days from now
 */
export async function exchangeForLongLived(
  spec: OAuth2AuthSpec,
  client: OAuthClient,
  tokens: TokenSet,
  call: OAuthCallOptions,
): Promise<TokenSet> {
  const exchange = spec.tokenExchange;
  if (!exchange) return tokens;
  const url = new URL(spec.tokenUrl);
  url.searchParams.set('grant_type', exchange.grantType);
  url.searchParams.set('client_id', client.clientId);
  if (client.clientSecret) url.searchParams.set('client_secret', client.clientSecret);
  url.searchParams.set(exchange.tokenParam, tokens.accessToken);
  let response: Response;
  let body: unknown;
  try {
    response = await (call.fetch ?? fetch)(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(call.timeoutMs ?? 30_000),
    });
    body = await response.json().catch(() => undefined);
  } catch (error) {
    throw oauthTransportError('exchange', call.vendor, error);
  }
  const answer = ExchangeAnswer.safeParse(body);
  if (!response.ok || !answer.success) throw refusal(response.status, body, call, client);
  const now = call.now?.() ?? new Date();
  const expiresIn = answer.data.expires_in;
  return TokenSet.parse({
    ...tokens,
    accessToken: answer.data.access_token,
    tokenType: answer.data.token_type ?? tokens.tokenType,
    // The short token's expiry does not carry over: no expires_in means no known expiry.
    expiresAt: expiresIn ? new Date(now.getTime() + expiresIn * 1000).toISOString() : undefined,
    obtainedAt: now.toISOString(),
  });
}
