import type { Context, Hono } from 'hono';
import { checkLogin, directlyAccessible, operatingAccount, type Caller } from './access.js';
import {
  adsError,
  errorResponse,
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
import type { Rpc } from './rpc.js';
import { SearchBody, searchPage, streamBatches } from './search.js';
import type { Store } from './store.js';

export interface RouteDeps {
  store: Store;
  quota: Quota;
  /** Rows per searchStream batch (Google: 10,000). */
  streamBatchSize: number;
  /** Rows per search page (Google: 10,000, fixed). */
  searchPageSize: number;
  rpcOf(c: Context): Rpc | undefined;
  /** Request id of each request (set by the headers middleware). */
  requestIdOf(c: Context): string;
}

/** Body fields of each method (SearchGoogleAdsStreamRequest, SearchGoogleAdsRequest); any other name is refused. */
const BODY_FIELDS = {
  searchStream: ['query', 'summaryRowSetting'],
  search: ['query', 'pageToken', 'pageSize', 'validateOnly', 'searchSettings'],
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
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw rpcError(400, `Invalid JSON payload received. ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
}

/** One operation against the Cloud project's daily quota. */
function consume(deps: RouteDeps, caller: Caller): void {
  const wait = deps.quota.consume();
  if (wait !== undefined) throw quotaError(caller.version, caller.requestId, wait);
}

function runQuery(deps: RouteDeps, caller: Caller, customerId: string, query: unknown) {
  if (typeof query !== 'string' || query.trim() === '') {
    throw adsError(400, caller.version, caller.requestId, [requestError('REQUIRED_FIELD_MISSING', 'The query field is required.')]);
  }
  const account = operatingAccount(deps.store, customerId, caller);
  consume(deps, caller);
  try {
    return executeGaql(query, deps.store, account);
  } catch (error) {
    if (error instanceof GaqlError) throw adsError(400, caller.version, caller.requestId, [queryError(error.code, error.message)]);
    throw error;
  }
}

/**
 * `POST /vNN/customers/{id}/googleAds:searchStream`: every row in one response, a JSON array of batches.
 * https://developers.google.com/google-ads/api/rest/reference/rest/v26/customers.googleAds/searchStream
 */
async function searchStream(c: Context, deps: RouteDeps, caller: Caller, customerId: string): Promise<Response> {
  const body = await readBody(c, BODY_FIELDS.searchStream);
  const result = runQuery(deps, caller, customerId, body.query);
  return jsonResponse(streamBatches(result, body.summaryRowSetting ?? 'NO_SUMMARY_ROW', deps.streamBatchSize, caller.requestId), 200);
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

/** https://developers.google.com/google-ads/api/rest/reference/rest/v26/customers/listAccessibleCustomers */
function listAccessible(deps: RouteDeps, caller: Caller): Response {
  consume(deps, caller);
  const accessible = directlyAccessible(deps.store);
  if (accessible.length === 0) throw adsError(401, caller.version, caller.requestId, [NOT_ADS_USER]);
  return jsonResponse({ resourceNames: accessible.map((a) => `customers/${a.id}`) }, 200);
}

async function dispatch(c: Context, deps: RouteDeps): Promise<Response> {
  const rpc = deps.rpcOf(c);
  if (!rpc) return notFoundPage(c.req.path);
  const caller: Caller = { loginCustomerId: c.req.header('login-customer-id'), version: rpc.version, requestId: deps.requestIdOf(c) };
  checkLogin(caller);
  if (rpc.kind === 'listAccessibleCustomers') return listAccessible(deps, caller);
  const customerId = rpc.customerId ?? '';
  return rpc.kind === 'search' ? search(c, deps, caller, customerId) : searchStream(c, deps, caller, customerId);
}

/**
 * The Google Ads API routes (after the kit's shell, the OAuth routes and
 * the credential check), Google's HTML 404 for anything else, and Google's
 * envelope for every thrown GoogleApiError.
 *
 * @example
 * mountApi(app, deps);
 */
export function mountApi(app: Hono, deps: RouteDeps): void {
  app.all('*', (c) => dispatch(c, deps));
  app.onError((error) => {
    if (error instanceof GoogleApiError) return errorResponse(error);
    // A simulator bug, not a simulated failure: say so loudly, answer like Google would.
    console.error('Google Ads simulator error', error);
    return errorResponse(rpcError(500, 'Internal error encountered.'));
  });
}
