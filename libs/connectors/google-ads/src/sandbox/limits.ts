import { credentialOf, type OAuthSimulator, type VendorConditions } from '@tributary/sandbox';
import type { Context } from 'hono';
import { quotaError, type QuotaBucket } from './errors.js';
import type { Rpc } from './rpc.js';

/** Google's short-term limit: too many requests in a short time for one account (`RESOURCE_TEMPORARILY_EXHAUSTED`). */
export const SHORT_TERM: QuotaBucket = { code: 'RESOURCE_TEMPORARILY_EXHAUSTED', rateScope: 'ACCOUNT', rateName: 'Requests per account' };

export interface LimitDeps {
  oauth: OAuthSimulator;
  rpcOf(c: Context): Rpc | undefined;
  requestIdOf(c: Context): string;
}

/**
 * Network and capacity conditions as the kit runs them, with Google's
 * short-term rate limit: a token bucket per Cloud project (the OAuth client
 * of the token) and customer account, on the API's RPCs only (never on the
 * OAuth endpoints), answered with 429 and a QuotaError
 * `RESOURCE_TEMPORARILY_EXHAUSTED` whose `retryDelay` is the bucket's wait.
 * https://developers.google.com/google-ads/api/docs/best-practices/rate-limits
 *
 * @example
 * vendor.setConditions(googleConditions(deps, { perSecond: 10, latencyMs: 80 }));
 */
export function googleConditions(deps: LimitDeps, conditions: VendorConditions): VendorConditions {
  return {
    callerOf: (c) => {
      const rpc = deps.rpcOf(c);
      if (!rpc) return undefined;
      const token = credentialOf(c, { bearer: true }) ?? '';
      return `${deps.oauth.tokenInfo(token)?.clientId ?? token}:${rpc.customerId ?? ''}`;
    },
    limited: (state, c) => {
      const version = deps.rpcOf(c)?.version ?? '';
      return { status: 429, body: quotaError(version, deps.requestIdOf(c), state.retryAfterSeconds, SHORT_TERM).body };
    },
    ...conditions,
  };
}
