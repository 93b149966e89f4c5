import type { RateBudget } from '../http/limiter.js';
import type { AnyConnector } from './types.js';

/** A named request budget of a connection: its sustained rate, or its quota per window. */
export interface NamedBudget extends RateBudget {
  name: 'rate' | 'quota';
}

/**
 * The request budgets a connection must keep to: the declared (or, per
 * credentials, computed) rate, and the declared quota as a bucket that
 * refills over its window.
 *
 * @example
 * rateBudgets(stripe, { apiKey: 'sk_test_...' }) // [{ name: 'rate', perSecond: 25, burst: 25 }]
 */
export function rateBudgets(connector: AnyConnector, credentials: unknown): NamedBudget[] {
  const budgets: NamedBudget[] = [];
  const rate = connector.rateLimitFor?.(credentials) ?? connector.http.rateLimit;
  if (rate?.perSecond)
    budgets.push({ name: 'rate', perSecond: rate.perSecond, burst: rate.burst ?? Math.max(1, Math.ceil(rate.perSecond)) });
  const quota = connector.http.quota;
  if (quota) budgets.push({ name: 'quota', perSecond: quota.calls / quota.perSeconds, burst: quota.calls });
  return budgets;
}
