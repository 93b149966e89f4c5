import { isConnectorError } from '../errors/errors.js';
import type { HttpRequest } from '../http/client.js';
import type { ConnectorContext, HealthStatus } from './types.js';

/**
 * Run a probe and classify the outcome: ok; auth_error for a rejected
 * credential; degraded when rate limited (or when the probe says so);
 * unavailable for anything else. The probe may return a status of its own
 * (degraded with a message) and details (API calls left).
 *
 * @example
 * await checkHealth('Stripe', () => ctx.http.request({ path: '/v1/charges', query: { limit: 1 } })) // { status: 'ok', ... }
 */
export async function checkHealth(
  vendor: string,
  probe: () => Promise<void | { status?: HealthStatus['status']; message?: string; details?: Record<string, unknown> }>,
): Promise<HealthStatus> {
  const started = Date.now();
  const done = (status: HealthStatus['status'], message?: string, details?: Record<string, unknown>): HealthStatus => ({
    status,
    checkedAt: new Date(),
    latencyMs: Date.now() - started,
    ...(message ? { message } : {}),
    ...(details ? { details } : {}),
  });
  try {
    const result = (await probe()) ?? {};
    return done(result.status ?? 'ok', result.message, result.details);
  } catch (error) {
    if (!isConnectorError(error)) return done('unavailable', `${vendor} could not be reached`);
    if (error.kind === 'auth_revoked' || error.kind === 'auth_expired') return done('auth_error', error.message);
    if (error.kind === 'rate_limited') return done('degraded', error.message);
    return done('unavailable', error.message);
  }
}

/**
 * The default health check of a connector that declares a cheap request
 * (`health: { request }`): the request must succeed with the connection's credentials.
 */
export function requestHealthCheck(vendor: string, request: HttpRequest) {
  return (_credentials: unknown, ctx: ConnectorContext<unknown>): Promise<HealthStatus> =>
    checkHealth(vendor, async () => {
      await ctx.http.request(request);
    });
}
