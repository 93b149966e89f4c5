import { isConnectorError, type ConnectorContext, type HealthStatus, type HttpClient } from '@tributary/core';
import { dataPath, SalesforceLimits, SalesforceQueryResult } from './api.js';
import { apiUsage, type ApiUsage } from './errors.js';
import { hiddenFields, hiddenFieldsMessage, type HiddenField } from './field-report.js';

/**
 * `GET /limits` (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_limits.htm):
 * the daily API allocation and what is left of it. Users without "View
 * Setup and Configuration" get a 403 there: a one-row query then proves
 * access, and its `Sforce-Limit-Info` header gives the usage.
 */
async function readUsage(http: HttpClient): Promise<ApiUsage | undefined> {
  try {
    const { data, headers } = await http.request({ path: dataPath('limits') }, SalesforceLimits);
    const { Max, Remaining } = data.DailyApiRequests;
    return apiUsage(headers) ?? { used: Max - Remaining, limit: Max, remaining: Remaining };
  } catch (error) {
    if (!(isConnectorError(error) && error.kind === 'auth_revoked' && error.status === 403)) throw error;
  }
  // https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_query.htm
  const { headers } = await http.request(
    { path: dataPath('query'), query: { q: 'SELECT Id FROM Account LIMIT 1' } },
    SalesforceQueryResult,
  );
  return apiUsage(headers);
}

/**
 * A liveness probe that also reports the daily API calls left
 * (`details.apiCalls`) and the fields the connector reads that field-level
 * security hides from the integration user (`details.hiddenFields`, one
 * describe per object): ok; degraded when the allocation is used up, when
 * rate limited, or when a hidden field is one Tributary maps (the message
 * names each and what it would fill); auth_error on a rejected session;
 * unavailable otherwise.
 */
export async function salesforceHealth(ctx: ConnectorContext<unknown>): Promise<HealthStatus> {
  const started = Date.now();
  const done = (status: HealthStatus['status'], message?: string, usage?: ApiUsage, hidden?: HiddenField[]): HealthStatus => ({
    status,
    checkedAt: new Date(),
    latencyMs: Date.now() - started,
    ...(message ? { message } : {}),
    ...(usage || hidden?.length
      ? { details: { ...(usage ? { apiCalls: usage } : {}), ...(hidden?.length ? { hiddenFields: hidden } : {}) } }
      : {}),
  });
  try {
    const usage = await readUsage(ctx.http);
    if (usage && usage.remaining === 0)
      return done('degraded', `The daily API allocation is used up (${usage.used}/${usage.limit})`, usage);
    const hidden = await hiddenFields(ctx.http);
    const message = hiddenFieldsMessage(hidden);
    return done(message ? 'degraded' : 'ok', message, usage, hidden);
  } catch (error) {
    if (!isConnectorError(error)) return done('unavailable', 'Salesforce could not be reached');
    if (error.kind === 'auth_revoked' || error.kind === 'auth_expired') return done('auth_error', error.message);
    if (error.kind === 'rate_limited') return done('degraded', error.message);
    return done('unavailable', error.message);
  }
}
