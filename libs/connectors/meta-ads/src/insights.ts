import { isConnectorError, TransientError, type HttpClient } from '@tributary/core';
import { MetaReportRun, MetaReportRunStarted } from './api.js';
import { TOO_MUCH_DATA } from './errors.js';
import { graphPath, readGraphList } from './requests.js';

/**
 * The AdsInsights fields of a campaign-day row. `actions` carries leads and
 * conversions by action type; `account_currency` the currency of `spend`.
 * https://developers.facebook.com/docs/marketing-api/reference/adgroup/insights
 */
export const INSIGHTS_FIELDS = [
  'account_id',
  'account_currency',
  'campaign_id',
  'campaign_name',
  'date_start',
  'date_stop',
  'impressions',
  'clicks',
  'spend',
  'actions',
] as const;
/** Rows a page asks for ([unconfirmed] Meta documents no maximum for insights; 500 is well inside what it serves). */
export const INSIGHTS_PAGE_SIZE = 500;
/** Waits between polls of an async report run (ms), the last one repeated; jobs can take up to an hour. */
export const POLL_DELAYS_MS = [500, 1_000, 2_000, 5_000, 10_000, 30_000] as const;
export const MAX_POLL_MS = 60 * 60_000;

/**
 * One row per campaign and day between two dates (the account's days):
 * `level=campaign`, `time_increment=1`, `time_range={"since","until"}`.
 *
 * @example
 * insightsParams('2026-10-01', '2026-10-07').time_range // '{"since":"2026-10-01","until":"2026-10-07"}'
 */
export function insightsParams(from: string, to: string): Record<string, string | number> {
  return {
    level: 'campaign',
    time_increment: 1,
    time_range: JSON.stringify({ since: from, until: to }),
    fields: INSIGHTS_FIELDS.join(','),
    limit: INSIGHTS_PAGE_SIZE,
  };
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

/**
 * The async report run for a range the synchronous call refuses:
 * `POST /act_{id}/insights` -> `report_run_id`; poll `GET /{id}` until
 * `Job Completed` (100% can still say Running: only the status counts);
 * then `GET /{id}/insights`, every page.
 * https://developers.facebook.com/docs/marketing-api/insights/best-practices#asynchronous
 */
export async function readAsync(http: HttpClient, accountId: string, params: Record<string, string | number>, signal?: AbortSignal) {
  const { data } = await http.request(
    { method: 'POST', path: graphPath(`${accountId}/insights`), form: params, idempotent: true },
    MetaReportRunStarted,
  );
  const id = data.report_run_id;
  for (let poll = 0, waited = 0; ; poll++) {
    const { data: run } = await http.request(
      { path: graphPath(id), query: { fields: 'id,async_status,async_percent_completion' } },
      MetaReportRun,
    );
    if (run.async_status === 'Job Completed') break;
    if (run.async_status === 'Job Failed' || run.async_status === 'Job Skipped') {
      throw new TransientError(`Meta async insights report ${id} ended with "${run.async_status}"`, { vendorCode: run.async_status });
    }
    if (waited >= MAX_POLL_MS) throw new TransientError(`Meta async insights report ${id} did not complete within an hour`);
    const delay = POLL_DELAYS_MS[Math.min(poll, POLL_DELAYS_MS.length - 1)] ?? 30_000;
    await sleep(delay, signal);
    waited += delay;
  }
  return readGraphList(http, { path: graphPath(`${id}/insights`), query: { limit: INSIGHTS_PAGE_SIZE } });
}

/**
 * Every campaign-day row of one account between two dates: the synchronous
 * insights call and its pages, or the async report run when Meta refuses
 * the synchronous one for too much data (100/1487534).
 *
 * @example
 * const { rows, async } = await readInsights(http, 'act_1234567890', '2026-10-01', '2026-10-30');
 */
export async function readInsights(
  http: HttpClient,
  accountId: string,
  from: string,
  to: string,
  signal?: AbortSignal,
): Promise<{ rows: unknown[]; async: boolean }> {
  const params = insightsParams(from, to);
  try {
    return { rows: await readGraphList(http, { path: graphPath(`${accountId}/insights`), query: params }), async: false };
  } catch (error) {
    if (!isConnectorError(error) || error.vendorCode !== TOO_MUCH_DATA) throw error;
    return { rows: await readAsync(http, accountId, params, signal), async: true };
  }
}
