import type { BudgetState, VendorConditions } from '@tributary/sandbox';
import type { Context } from 'hono';
import { tokenOf } from './access.js';
import { graphError } from './graph-errors.js';

const BUSINESS_ID = '2000000000000001';

/** The usage headers Meta sends: the ad account's utilisation and the ads-insights business use case's. */
export function usageHeaders(state: BudgetState): Record<string, string> {
  const used = Math.round(((state.limit - state.remaining) / Math.max(1, state.limit)) * 100);
  const minutes = Math.ceil(state.retryAfterSeconds / 60);
  return {
    'x-ad-account-usage': JSON.stringify({
      acc_id_util_pct: used,
      reset_time_duration: state.retryAfterSeconds,
      ads_api_access_tier: 'standard_access',
    }),
    'x-business-use-case-usage': JSON.stringify({
      [BUSINESS_ID]: [
        { type: 'ads_insights', call_count: used, total_cputime: used, total_time: used, estimated_time_to_regain_access: minutes },
      ],
    }),
  };
}

/**
 * Meta's throttling as the kit runs it: a token bucket per token and ad
 * account on ad-account paths; over it, HTTP 400 with code 80000 (the ads
 * insights business use case, subcode 2446079) and usage headers naming the
 * wait (`estimated_time_to_regain_access` in minutes, `reset_time_duration` in seconds).
 * https://developers.facebook.com/docs/graph-api/overview/rate-limiting#ads-insights
 */
export function metaConditions(conditions: VendorConditions): VendorConditions {
  return {
    callerOf: (c: Context) => {
      const account = /\/(act_\d+)/.exec(c.req.path)?.[1];
      return account ? `${tokenOf(c) ?? ''}:${account}` : undefined;
    },
    limited: (state) => {
      const error = graphError(400, 80_000, 'There have been too many calls from this ad-account. Wait a bit and try again.', {
        subcode: 2_446_079,
        transient: true,
      });
      return { status: 400, body: error.body, headers: usageHeaders(state) };
    },
    headers: usageHeaders,
    ...conditions,
  };
}
