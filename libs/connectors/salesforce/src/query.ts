import { createHash } from 'node:crypto';
import { fetchPage, type PageWindow, type StreamContext, type StreamPage } from '@tributary/core';
import { dataPath, SalesforceQueryResult } from './api.js';
import { memoOf } from './memo.js';
import { SALESFORCE_PAGINATION, streamQuery } from './soql.js';
import type { SalesforceSettings } from './settings.js';
import type { SObjectShape } from './streams/sobject.js';

/**
 * A short fingerprint of the access token, stored with a query locator:
 * a locator belongs to the session that opened it, so after a token
 * refresh the query is restarted rather than continued. Not reversible.
 *
 * @example
 * sessionFingerprint('00D...!AQ0...') // 'b1946ac92492'
 */
export function sessionFingerprint(accessToken: string): string {
  return createHash('sha256').update(accessToken).digest('hex').slice(0, 12);
}

const accessTokenOf = (credentials: unknown): string =>
  credentials && typeof credentials === 'object' && typeof (credentials as Record<string, unknown>)['accessToken'] === 'string'
    ? String((credentials as Record<string, unknown>)['accessToken'])
    : '';

/**
 * One batch of an sObject's query: continue from the page token's
 * `nextRecordsUrl` when its session is this one (a locator from another
 * session means the query restarts from the newest stamp seen); else run
 * the query for the window. Always `queryAll`, so deleted rows (and
 * archived tasks and events) come back
 * (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_queryall.htm).
 * Locators live about two days; an expired one is `INVALID_QUERY_LOCATOR`,
 * which the stream declares as a restart.
 */
export async function readSObject(spec: SObjectShape, window: PageWindow, ctx: StreamContext<SalesforceSettings>): Promise<StreamPage> {
  const session = sessionFingerprint(accessTokenOf(ctx.credentials));
  let locator: string | null = null;
  if (window.token !== null) {
    const [owner, url] = [window.token.slice(0, 12), window.token.slice(13)];
    if (owner !== session) {
      ctx.logger.info(
        { object: spec.object },
        'Salesforce session changed since the query started; restarting it from the last SystemModstamp',
      );
      return { items: [], next: null, restart: true };
    }
    locator = url;
  }
  const memo = memoOf(ctx.memo);
  const soql = streamQuery(spec, {
    since: window.since ?? null,
    initial: window.initial ?? true,
    currency: memo.currency,
    fields: memo.fields,
    hidden: memo.hidden,
  });
  const page = await fetchPage(
    ctx.http,
    SALESFORCE_PAGINATION,
    { path: dataPath('queryAll'), query: { q: soql } },
    locator,
    SalesforceQueryResult,
  );
  const next = page.body.done ? null : page.next;
  return { items: page.items, next: next === null ? null : `${session} ${next}`, body: page.body };
}
