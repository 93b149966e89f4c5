import type { OAuthSimulator } from '@tributary/sandbox';
import type { Context, Hono } from 'hono';
import { authenticate, directlyAccessible, operatingAccount, type Caller } from './access.js';
import {
  adsError,
  GoogleApiError,
  jsonResponse,
  NOT_ADS_USER,
  notFoundPage,
  queryError,
  quotaError,
  requestError,
  rpcError,
} from './errors.js';
import { executeGaql, GaqlError } from './gaql/index.js';
import type { Quota } from './quota.js';
import { SearchBody, searchPage } from './search.js';
import type { Store } from './store.js';
import { summaryRow } from './summary.js';
import type { SearchStreamBatch } from './types.js';

export interface RouteDeps {
  store: Store;
  oauth: OAuthSimulator;
  quota: Quota;
  versions: readonly string[];
  /** Rows per searchStream batch (Google: 10,000). */
  streamBatchSize: number;
  /** Rows per search page (Google: 10,000, fixed). */
  searchPageSize: number;
  /** Request id of each request (set by the headers middleware). */
  requestIdOf(c: Context): string;
}

const LIST = /^\/(v\d+)\/customers:listAccessibleCustomers$/;
const QUERY = /^\/(v\d+)\/customers\/([^/]+)\/googleAds:(searchStream|search)$/;
const BODY_FIELDS = {
  searchStream: ['query', 'summaryRowSetting'],
  search: ['query', 'pageToken', 'pageSize', 'validateOnly', 'returnTotalResultsCount', 'summaryRowSetting'],
};

async function readBody(c: Context, allowed: readonly string[]): Promise<SearchBody> {
  let body: unknown;
  try {
    body = JSON.parse((await c.req.text()) || '{}');
  } catch {
    throw rpcError(400, 'Invalid JSON payload received. Unexpected token.');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw rpcError(400, 'Invalid JSON payload received. Expected an object.');
  const unknown = Object.keys(body).find((k) => !allowed.includes(k));
  if (unknown) {
    const message = `Invalid JSON payload received. Unknown name "${unknown}": Cannot find field.`;
    throw rpcError(400, message, [{ '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: [{ description: message }] }]);
  }
  const parsed = SearchBody.safeParse(body);
  if (!parsed.success)
    throw rpcError(
      400,
      `Invalid JSON payload received. ${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? ''}`,
    );
  return parsed.data;
}

function runQuery(deps: RouteDeps, caller: Caller, customerId: string, query: unknown) {
  if (typeof query !== 'string' || query.trim() === '') {
    throw adsError(400, caller.version, caller.requestId, [requestError('REQUIRED_FIELD_MISSING', 'The query field is required.')]);
  }
  const account = operatingAccount(deps.store, customerId, caller);
  const wait = deps.quota.consume();
  if (wait !== undefined) throw quotaError(caller.version, caller.requestId, wait);
  try {
    return executeGaql(query, deps.store, account);
  } catch (error) {
    if (error instanceof GaqlError) throw adsError(400, caller.version, caller.requestId, [queryError(error.code, error.message)]);
    throw error;
  }
}

/**
 * `POST /vNN/customers/{id}/googleAds:searchStream`: every row in one
 * response, a JSON array of batches of up to 10,000 rows, each with the
 * field mask and the request id.
 * https://developers.google.com/google-ads/api/rest/reference/rest/v26/customers.googleAds/searchStream
 */
async function searchStream(c: Context, deps: RouteDeps, caller: Caller, customerId: string): Promise<Response> {
  const body = await readBody(c, BODY_FIELDS.searchStream);
  const result = runQuery(deps, caller, customerId, body.query);
  const setting = body.summaryRowSetting ?? 'NO_SUMMARY_ROW';
  const rows = setting === 'SUMMARY_ROW_ONLY' ? [] : result.rows;
  const batches: SearchStreamBatch[] = [];
  for (let i = 0; i < rows.length || batches.length === 0; i += deps.streamBatchSize) {
    const results = rows.slice(i, i + deps.streamBatchSize);
    batches.push({ ...(results.length ? { results } : {}), fieldMask: result.fieldMask, requestId: caller.requestId });
  }
  const last = batches[batches.length - 1];
  if (last && setting !== 'NO_SUMMARY_ROW') last.summaryRow = summaryRow(result.rows);
  return jsonResponse(batches, 200);
}

async function search(c: Context, deps: RouteDeps, caller: Caller, customerId: string): Promise<Response> {
  const body = await readBody(c, BODY_FIELDS.search);
  if (body.pageSize !== undefined) {
    throw adsError(400, caller.version, caller.requestId, [
      requestError('PAGE_SIZE_NOT_SUPPORTED', 'Setting the page size is not supported.'),
    ]);
  }
  const result = runQuery(deps, caller, customerId, body.query);
  return jsonResponse(searchPage(result, body, deps.searchPageSize, caller), 200);
}

function callerOf(c: Context, deps: RouteDeps, version: string, method: string): Caller {
  return {
    authorization: c.req.header('authorization'),
    loginCustomerId: c.req.header('login-customer-id'),
    version,
    requestId: deps.requestIdOf(c),
    method: `google.ads.googleads.${version}.services.${method}`,
  };
}

async function dispatch(c: Context, deps: RouteDeps): Promise<Response> {
  const list = LIST.exec(c.req.path);
  if (list && c.req.method === 'GET' && deps.versions.includes(list[1] ?? '')) {
    // https://developers.google.com/google-ads/api/rest/reference/rest/v26/customers/listAccessibleCustomers
    const caller = callerOf(c, deps, list[1] ?? '', 'CustomerService.ListAccessibleCustomers');
    authenticate(deps.oauth, caller);
    const wait = deps.quota.consume();
    if (wait !== undefined) throw quotaError(caller.version, caller.requestId, wait);
    const accessible = directlyAccessible(deps.store);
    if (accessible.length === 0) throw adsError(401, caller.version, caller.requestId, [NOT_ADS_USER]);
    return jsonResponse({ resourceNames: accessible.map((a) => `customers/${a.id}`) }, 200);
  }
  const query = QUERY.exec(c.req.path);
  const [, version = '', customerId = '', kind] = query ?? [];
  if (!query || c.req.method !== 'POST' || !deps.versions.includes(version)) return notFoundPage(c.req.path);
  const caller = callerOf(c, deps, version, kind === 'search' ? 'GoogleAdsService.Search' : 'GoogleAdsService.SearchStream');
  authenticate(deps.oauth, caller);
  return kind === 'search' ? search(c, deps, caller, customerId) : searchStream(c, deps, caller, customerId);
}

/**
 * The Google Ads API routes (after the OAuth ones), Google's HTML 404 for
 * anything else, and Google's envelope for every thrown GoogleApiError.
 *
 * @example
 * mountApi(app, deps);
 */
export function mountApi(app: Hono, deps: RouteDeps): void {
  app.all('*', (c) => dispatch(c, deps));
  app.onError((error) => {
    if (error instanceof GoogleApiError) return jsonResponse(error.body, error.status);
    // A simulator bug, not a simulated failure: say so loudly, answer like Google would.
    console.error('Google Ads simulator error', error);
    return jsonResponse(rpcError(500, 'Internal error encountered.').body, 500);
  });
}
