import type { HttpClient, HttpRequest, Json } from '@tributary/core';
import { graphPath, GraphUser } from './api.js';
import { domainOf } from './privacy.js';

/**
 * `GET /me` (https://learn.microsoft.com/en-us/graph/api/user-get), the
 * cheapest call `User.Read` allows: the signed-in user's id, mail and
 * user principal name. The health check sends it.
 */
export const ME_REQUEST: HttpRequest = { path: graphPath('me'), query: { $select: 'id,mail,userPrincipalName' } };

/** The signed-in user (see {@link ME_REQUEST}). */
export async function getMe(http: HttpClient): Promise<GraphUser> {
  const { data } = await http.request(ME_REQUEST, GraphUser);
  return data;
}

/**
 * A stream's run memo: the mailbox's own domain (its mail address, else its
 * user principal name), counted as the tenant's own so its people are never
 * stored as external participants even before the admin sets the domain.
 *
 * @example
 * await mailboxMemo(http) // { mailboxDomain: 'contoso.com' }
 */
export async function mailboxMemo(http: HttpClient): Promise<Json> {
  const me = await getMe(http);
  return { mailboxDomain: domainOf(me.mail) ?? domainOf(me.userPrincipalName) ?? null };
}
