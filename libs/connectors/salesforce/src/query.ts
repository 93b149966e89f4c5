import { createHash } from 'node:crypto';
import { z } from 'zod';
import { fetchPage, type PageWindow, type StreamContext, type StreamPage } from '@tributary/core';
import { dataPath, SalesforceQueryResult } from './api.js';
import { memoOf } from './memo.js';
import { SALESFORCE_PAGINATION, streamQuery } from './soql.js';
import type { SalesforceSettings } from './settings.js';
import type { SObjectShape } from './shape.js';

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

const WithToken = z.object({ accessToken: z.string() });
const accessTokenOf = (credentials: unknown): string => WithToken.safeParse(credentials).data?.accessToken ?? '';

/** Where a page token stands for this session: its query locator, or `stale` when another session opened it. */
export interface TokenPosition {
  session: string;
  locator: string | null;
  stale: boolean;
}

/** Read a page token (`<session fingerprint> <nextRecordsUrl>`) against the session in use. */
export function positionOf(token: string | null, credentials: unknown): TokenPosition {
  const session = sessionFingerprint(accessTokenOf(credentials));
  if (token === null) return { session, locator: null, stale: false };
  const [owner, url] = [token.slice(0, 12), token.slice(13)];
  return { session, locator: owner === session ? url : null, stale: owner !== session };
}

/** The page token of a batch that is not the last: its `nextRecordsUrl`, tied to the session. */
export const nextToken = (session: string, page: { body: { done: boolean }; next: string | null }): string | null =>
  page.body.done || page.next === null ? null : `${session} ${page.next}`;

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
  const { session, locator, stale } = positionOf(window.token, ctx.credentials);
  if (stale) {
    ctx.logger.info(
      { object: spec.object },
      'Salesforce session changed since the query started; restarting it from the last SystemModstamp',
    );
    return { items: [], next: null, restart: true };
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
  return { items: page.items, next: nextToken(session, page), body: page.body };
}
