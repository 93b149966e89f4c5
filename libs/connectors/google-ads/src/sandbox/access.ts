import { requireCredential, type OAuthSimulator, type TokenInfo } from '@tributary/sandbox';
import type { Context, MiddlewareHandler } from 'hono';
import {
  adsError,
  CUSTOMER_NOT_ENABLED,
  errorInfo,
  errorResponse,
  MISSING_CREDENTIAL_MESSAGE,
  requestError,
  rpcError,
  UNAUTHENTICATED_MESSAGE,
  USER_PERMISSION_DENIED,
} from './errors.js';
import type { Rpc } from './rpc.js';
import type { Store } from './store.js';
import type { SimAccount } from './types.js';

/** The Google Ads scope (https://developers.google.com/google-ads/api/docs/oauth/overview). */
export const ADWORDS_SCOPE = 'https://www.googleapis.com/auth/adwords';

/** What a request carries, for the checks below. */
export interface Caller {
  loginCustomerId: string | undefined;
  version: string;
  requestId: string;
}

const withScope = (info: TokenInfo | undefined): boolean => info?.scope.split(/\s+/).includes(ADWORDS_SCOPE) ?? false;

/**
 * Bearer auth as Google's front end does it, on the kit's credential check,
 * for the API's RPCs only (the OAuth endpoints are another host at Google):
 * no credential is 401 CREDENTIALS_MISSING, an unknown or expired token 401
 * UNAUTHENTICATED (neither with a GoogleAdsFailure), a token without the
 * adwords scope 403 ACCESS_TOKEN_SCOPE_INSUFFICIENT. No `developer-token`
 * is needed: Google ignores it since 2026-09-09.
 *
 * @example
 * app.use('*', googleCredentials(oauth, (c) => rpcOf(c.req.method, c.req.path, versions)));
 */
export function googleCredentials(oauth: OAuthSimulator, rpcOf: (c: Context) => Rpc | undefined): MiddlewareHandler {
  const check = requireCredential({ bearer: true }, (token) => withScope(oauth.tokenInfo(token)), {
    missing: (c) => errorResponse(rpcError(401, MISSING_CREDENTIAL_MESSAGE, [errorInfo('CREDENTIALS_MISSING', rpcOf(c)?.method ?? '')])),
    invalid: (c, token) =>
      errorResponse(
        oauth.tokenInfo(token)
          ? rpcError(403, 'Request had insufficient authentication scopes.', [
              errorInfo('ACCESS_TOKEN_SCOPE_INSUFFICIENT', rpcOf(c)?.method ?? ''),
            ])
          : rpcError(401, UNAUTHENTICATED_MESSAGE),
      ),
  });
  return (c, next) => (rpcOf(c) ? check(c, next) : next());
}

/** `login-customer-id` must be 10 digits without hyphens when sent. */
export function checkLogin(caller: Caller): void {
  const login = caller.loginCustomerId;
  if (login !== undefined && !/^\d{10}$/.test(login)) {
    throw adsError(400, caller.version, caller.requestId, [
      requestError('INVALID_CUSTOMER_ID', `Invalid customer ID '${login}' in the login-customer-id header.`),
    ]);
  }
}

/** Accounts the signed-in user reaches without a manager: those with no parent. */
export const directlyAccessible = (store: Store): SimAccount[] => store.accounts.filter((a) => a.parentId === null);

function isBelow(store: Store, account: SimAccount, manager: SimAccount): boolean {
  for (let parent = account.parentId; parent !== null; parent = store.byId(parent)?.parentId ?? null) {
    if (parent === manager.id) return true;
  }
  return false;
}

/**
 * The account a request operates on, if the caller may: reached directly,
 * or through `login-customer-id` naming a directly reachable manager above
 * it. Otherwise USER_PERMISSION_DENIED; a cancelled or suspended account is
 * CUSTOMER_NOT_ENABLED.
 * https://developers.google.com/google-ads/api/docs/concepts/call-structure#cid
 */
export function operatingAccount(store: Store, customerId: string, caller: Caller): SimAccount {
  if (!/^\d{10}$/.test(customerId)) {
    throw adsError(400, caller.version, caller.requestId, [requestError('INVALID_CUSTOMER_ID', `Invalid customer ID '${customerId}'.`)]);
  }
  const account = store.byId(customerId);
  const login = caller.loginCustomerId === undefined ? undefined : store.byId(caller.loginCustomerId);
  const direct = account !== undefined && account.parentId === null;
  const viaLogin =
    account !== undefined && login !== undefined && login.parentId === null && (login.id === account.id || isBelow(store, account, login));
  const allowed = caller.loginCustomerId === undefined ? direct : viaLogin;
  if (!account || !allowed) throw adsError(403, caller.version, caller.requestId, [USER_PERMISSION_DENIED]);
  if (account.status !== 'ENABLED') throw adsError(403, caller.version, caller.requestId, [CUSTOMER_NOT_ENABLED]);
  return account;
}
