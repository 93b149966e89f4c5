import { hashSeed } from '@tributary/sandbox';
import { z } from 'zod';
import type { Caller } from './access.js';
import { adsError, requestError } from './errors.js';
import type { GaqlResult } from './gaql/index.js';
import { summaryRow } from './summary.js';

/** The body of search and searchStream requests (unknown names are refused before parsing). */
export const SearchBody = z.object({
  query: z.unknown().optional(),
  pageToken: z.string().optional(),
  pageSize: z.unknown().optional(),
  validateOnly: z.boolean().optional(),
  returnTotalResultsCount: z.boolean().optional(),
  summaryRowSetting: z.enum(['NO_SUMMARY_ROW', 'SUMMARY_ROW_WITH_RESULTS', 'SUMMARY_ROW_ONLY']).optional(),
});
export type SearchBody = z.infer<typeof SearchBody>;

const PageToken = z.object({ q: z.number(), o: z.number().int().nonnegative() });

const encodeToken = (query: number, offset: number): string => Buffer.from(JSON.stringify({ q: query, o: offset })).toString('base64url');

function decodeToken(token: string, query: number, caller: Caller): number {
  let parsed: z.infer<typeof PageToken> | undefined;
  try {
    parsed = PageToken.parse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
  } catch {
    parsed = undefined;
  }
  if (!parsed || parsed.q !== query) {
    throw adsError(400, caller.version, caller.requestId, [
      requestError('INVALID_PAGE_TOKEN', 'Next page token specified in user request is invalid.'),
    ]);
  }
  return parsed.o;
}

/**
 * One page of `googleAds:search`: at most `pageSize` rows (10,000 at Google,
 * not settable), `nextPageToken` while more remain (bound to the query),
 * `totalResultsCount` when asked for.
 * https://developers.google.com/google-ads/api/rest/reference/rest/v26/customers.googleAds/search
 *
 * @example
 * searchPage(result, { query }, 10_000, caller) // { results, fieldMask, nextPageToken? }
 */
export function searchPage(result: GaqlResult, body: SearchBody, pageSize: number, caller: Caller): Record<string, unknown> {
  const queryHash = hashSeed(0, String(body.query));
  const offset = body.pageToken ? decodeToken(body.pageToken, queryHash, caller) : 0;
  const only = body.summaryRowSetting === 'SUMMARY_ROW_ONLY';
  const rows = only || body.validateOnly ? [] : result.rows.slice(offset, offset + pageSize);
  const more = !only && !body.validateOnly && offset + pageSize < result.rows.length;
  return {
    ...(rows.length ? { results: rows } : {}),
    ...(more ? { nextPageToken: encodeToken(queryHash, offset + pageSize) } : {}),
    ...(body.returnTotalResultsCount ? { totalResultsCount: String(result.rows.length) } : {}),
    fieldMask: result.fieldMask,
    ...(!more && body.summaryRowSetting && body.summaryRowSetting !== 'NO_SUMMARY_ROW' ? { summaryRow: summaryRow(result.rows) } : {}),
  };
}
