import { pageOf, PagingError, type PagingSpec } from '@tributary/sandbox';
import { z } from 'zod';
import type { Caller } from './access.js';
import { adsError, requestError } from './errors.js';
import type { GaqlResult } from './gaql/index.js';
import { summaryRow } from './summary.js';
import type { SearchStreamBatch } from './types.js';

/**
 * The bodies of search and searchStream (SearchGoogleAdsRequest, SearchGoogleAdsStreamRequest):
 * search takes `searchSettings`, searchStream `summaryRowSetting`; names a method does not
 * have are refused before parsing (routes.ts).
 */
export const SearchBody = z.object({
  query: z.unknown().optional(),
  pageToken: z.string().optional(),
  pageSize: z.unknown().optional(),
  validateOnly: z.boolean().optional(),
  searchSettings: z
    .strictObject({
      omitResults: z.boolean().optional(),
      returnSummaryRow: z.boolean().optional(),
      returnTotalResultsCount: z.boolean().optional(),
    })
    .optional(),
  summaryRowSetting: z.enum(['NO_SUMMARY_ROW', 'SUMMARY_ROW_WITH_RESULTS', 'SUMMARY_ROW_ONLY']).optional(),
});
export type SearchBody = z.infer<typeof SearchBody>;

/** What serving a query cost, as Google reports it (an int64, so a string). The figure itself is made up. */
const consumption = (rows: number): string => String(10 + Math.ceil(rows / 100));

function pageOfQuery(rows: GaqlResult['rows'], body: SearchBody, pageSize: number, caller: Caller) {
  const spec: PagingSpec = { style: 'cursor', cursorParam: 'pageToken', defaultLimit: pageSize, maxLimit: pageSize };
  try {
    return pageOf(rows, new URLSearchParams(body.pageToken ? { pageToken: body.pageToken } : {}), spec, String(body.query));
  } catch (error) {
    if (!(error instanceof PagingError)) throw error;
    const message = 'Next page token specified in user request is invalid.';
    throw adsError(400, caller.version, caller.requestId, [requestError('INVALID_PAGE_TOKEN', message)]);
  }
}

/**
 * One page of `googleAds:search`: at most `pageSize` rows (10,000 at Google,
 * not settable), `nextPageToken` while more remain, good only for the same
 * query (the kit's cursor bound to it), `totalResultsCount` and the summary
 * row when `searchSettings` asks for them.
 * https://developers.google.com/google-ads/api/rest/reference/rest/v26/customers.googleAds/search
 *
 * @example
 * searchPage(result, { query }, 10_000, caller) // { results, nextPageToken?, fieldMask, queryResourceConsumption }
 */
export function searchPage(result: GaqlResult, body: SearchBody, pageSize: number, caller: Caller): Record<string, unknown> {
  const settings = body.searchSettings ?? {};
  const page = pageOfQuery(settings.omitResults || body.validateOnly ? [] : result.rows, body, pageSize, caller);
  return {
    ...(page.items.length ? { results: page.items } : {}),
    ...(page.next ? { nextPageToken: page.next } : {}),
    ...(settings.returnTotalResultsCount ? { totalResultsCount: String(result.rows.length) } : {}),
    fieldMask: result.fieldMask,
    ...(!page.next && settings.returnSummaryRow ? { summaryRow: summaryRow(result.rows) } : {}),
    queryResourceConsumption: consumption(page.items.length),
  };
}

/**
 * searchStream's answer: every row in batches of up to `batchSize` (10,000 at Google), each with the
 * field mask and the request id, the query's resource consumption in the last batch of results, and the
 * summary row in a last batch alone when asked for
 * (https://developers.google.com/google-ads/api/reference/rpc/v26/SummaryRowSettingEnum.SummaryRowSetting).
 *
 * @example
 * streamBatches(result, 'NO_SUMMARY_ROW', 10_000, 'req1') // [{ results, fieldMask, requestId, queryResourceConsumption }]
 */
export function streamBatches(result: GaqlResult, setting: string, batchSize: number, requestId: string): SearchStreamBatch[] {
  const batches: SearchStreamBatch[] = [];
  if (setting !== 'SUMMARY_ROW_ONLY') {
    for (let i = 0; i < result.rows.length || batches.length === 0; i += batchSize) {
      const results = result.rows.slice(i, i + batchSize);
      batches.push({ ...(results.length ? { results } : {}), fieldMask: result.fieldMask, requestId });
    }
    const last = batches[batches.length - 1];
    if (last) last.queryResourceConsumption = consumption(result.rows.length);
  }
  if (setting !== 'NO_SUMMARY_ROW') {
    batches.push({ fieldMask: result.fieldMask, requestId, summaryRow: summaryRow(result.rows), queryResourceConsumption: consumption(1) });
  }
  return batches;
}
