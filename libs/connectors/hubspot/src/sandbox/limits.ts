import { vendorConditions } from '@tributary/sandbox';
import type { Context, MiddlewareHandler } from 'hono';
import { rateLimitBody, type LimitPolicy } from './errors.js';

/** Search endpoints: their own limit, and no rate-limit headers. */
const isSearch = (c: Context) => c.req.method === 'POST' && /\/search$/.test(c.req.path);

/**
 * HubSpot's request limits per app and portal: search about 5 a second
 * (429 `SECONDLY`, no headers), everything else 110 per rolling 10 seconds
 * with `X-HubSpot-RateLimit-Interval-Milliseconds`, `-Max` and `-Remaining`
 * on every answer (429 `TEN_SECONDLY_ROLLING`); search does not count
 * against the second (https://developers.hubspot.com/docs/guides/apps/api-usage/usage-details).
 */
export function hubspotLimits(
  enabled: () => boolean,
  callerOf: (c: Context) => string,
  hits: Record<LimitPolicy, number>,
): MiddlewareHandler {
  const answer = (policy: LimitPolicy) => {
    hits[policy]++;
    return { status: 429, body: rateLimitBody(policy) };
  };
  const search = vendorConditions(() => (enabled() ? { perSecond: 5, burst: 5, callerOf, limited: () => answer('SECONDLY') } : {}));
  const general = vendorConditions(() =>
    enabled()
      ? {
          perSecond: 11,
          burst: 110,
          callerOf,
          headers: (s) => ({
            'X-HubSpot-RateLimit-Interval-Milliseconds': '10000',
            'X-HubSpot-RateLimit-Max': String(s.limit),
            'X-HubSpot-RateLimit-Remaining': String(s.remaining),
          }),
          limited: () => answer('TEN_SECONDLY_ROLLING'),
        }
      : {},
  );
  return (c, next) => (isSearch(c) ? search(c, next) : general(c, next));
}
