import { fetchPage, type HttpRequest, type PageWindow, type StreamContext, type StreamPage } from '@tributary/core';
import { DELTA_PAGE_SIZE, GRAPH_PAGINATION, GraphDeltaPage } from './api.js';
import type { O365Settings } from './config.js';
import { policyOf, requireDpa, type PrivacyPolicy } from './privacy.js';

/** Graph's answers that mean "this delta state is gone": start the partition over with a full read. */
const EXPIRED_CODES = new Set(['syncStateNotFound', 'resyncRequired', 'syncStateInvalid']);

/**
 * Whether a failed delta call means the stored delta (or skip) token
 * expired: `410 Gone`, or a 4xx `syncStateNotFound` / `resyncRequired`
 * (https://learn.microsoft.com/en-us/graph/delta-query-overview#synchronization-reset).
 *
 * @example
 * isExpiredDelta({ status: 410 }) // true
 */
export function isExpiredDelta(error: { status?: number | undefined; vendorCode?: string | undefined }): boolean {
  return error.status === 410 || (error.vendorCode !== undefined && EXPIRED_CODES.has(error.vendorCode));
}

/** Headers of every delta call: the page size Graph honours, and times in UTC (calendar items). */
export const DELTA_HEADERS = { Prefer: `odata.maxpagesize=${DELTA_PAGE_SIZE}, outlook.timezone="UTC"` } as const;

/** The mailbox's own domain, as the stream's run memo computed it. */
function mailboxDomain(ctx: StreamContext<O365Settings>): string | null {
  const memo = ctx.memo;
  if (memo && typeof memo === 'object' && !Array.isArray(memo) && typeof memo['mailboxDomain'] === 'string') {
    return memo['mailboxDomain'];
  }
  return null;
}

/**
 * One delta page, screened before anything leaves the connector: the first
 * call is the stream's request (or the stored delta link, which carries
 * every query option), later ones follow `@odata.nextLink`. Each item goes
 * through `screen` with the run's privacy policy, so withheld recipients,
 * subjects and bodies never become records, raw rows or dead letters. The
 * DPA is checked on every page: a withdrawn acceptance stops a running sync.
 */
export async function readDelta(
  window: PageWindow,
  ctx: StreamContext<O365Settings>,
  request: HttpRequest,
  screen: (item: unknown, policy: PrivacyPolicy) => Record<string, unknown>,
): Promise<StreamPage> {
  requireDpa(ctx.settings.privacy);
  const policy = policyOf(ctx.settings.privacy, mailboxDomain(ctx));
  const first = window.token === null && window.link ? { ...request, path: window.link, query: {} } : request;
  const page = await fetchPage(
    ctx.http,
    GRAPH_PAGINATION,
    { ...first, ...(ctx.signal ? { signal: ctx.signal } : {}) },
    window.token,
    GraphDeltaPage,
  );
  const links = { '@odata.nextLink': page.body['@odata.nextLink'], '@odata.deltaLink': page.body['@odata.deltaLink'] };
  return { items: page.items.map((item) => screen(item, policy)), next: page.next, body: links };
}
