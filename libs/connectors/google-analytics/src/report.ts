import type { HttpClient, PageWindow, StreamContext, StreamPage } from '@tributary/core';
import { VendorError } from '@tributary/core';
import { GOOGLE_ANALYTICS_API_VERSION, GoogleAnalyticsReport } from './api.js';
import type { GoogleAnalyticsSettings } from './config.js';

/** The dimensions of a row besides `date`: one row per property, day, channel group and device. */
export const REPORT_DIMENSIONS = ['date', 'sessionDefaultChannelGroup', 'deviceCategory'] as const;
/** The metrics read (https://developers.google.com/analytics/devguides/reporting/data/v1/api-schema). */
export const REPORT_METRICS = [
  'sessions',
  'totalUsers',
  'newUsers',
  'screenPageViews',
  'engagedSessions',
  'userEngagementDuration',
  'keyEvents',
] as const;
/** Rows a page: GA4 allows 250,000; 10,000 keeps a response small and a retry cheap. */
export const REPORT_PAGE_SIZE = 10_000;

/**
 * The runReport body for one date range of a property (inclusive, property
 * time) from `offset`: rows in a stable order so offsets page consistently.
 *
 * @example
 * reportBody('2026-10-01', '2026-10-31', 0).dateRanges // [{ startDate: '2026-10-01', endDate: '2026-10-31' }]
 */
export function reportBody(from: string, to: string, offset: number, limit = REPORT_PAGE_SIZE) {
  return {
    dateRanges: [{ startDate: from, endDate: to }],
    dimensions: REPORT_DIMENSIONS.map((name) => ({ name })),
    metrics: REPORT_METRICS.map((name) => ({ name })),
    orderBys: REPORT_DIMENSIONS.map((dimensionName) => ({ dimension: { dimensionName } })),
    limit: String(limit),
    offset: String(offset),
    keepEmptyRows: false,
    returnPropertyQuota: true,
  };
}

/** Rows keyed by the response's own headers (GA answers positionally, every value a string). */
export function rowsOf(report: GoogleAnalyticsReport, propertyId: string): Record<string, unknown>[] {
  const dims = report.dimensionHeaders.map((h) => h.name);
  const mets = report.metricHeaders.map((h) => h.name);
  return report.rows.map((row) => {
    const dimensions = Object.fromEntries(dims.map((name, i) => [name, row.dimensionValues[i]?.value ?? '']));
    const metrics = Object.fromEntries(mets.map((name, i) => [name, row.metricValues[i]?.value ?? '']));
    const { date, ...rest } = dimensions;
    return { propertyId, date, dimensions: rest, metrics };
  });
}

/**
 * One page of `properties/{id}:runReport` (a read sent as POST, retried
 * like a GET); the next offset while rows remain (`rowCount` is the total).
 * https://developers.google.com/analytics/devguides/reporting/data/v1/rest/v1beta/properties/runReport
 */
export async function runReport(http: HttpClient, propertyId: string, from: string, to: string, offset: number) {
  const path = `/${GOOGLE_ANALYTICS_API_VERSION}/properties/${propertyId}:runReport`;
  const { data } = await http.request(
    { method: 'POST', path, json: reportBody(from, to, offset), idempotent: true },
    GoogleAnalyticsReport,
  );
  const end = offset + data.rows.length;
  if (data.rows.length === 0 && offset < data.rowCount) {
    throw new VendorError(`Google Analytics returned no rows at offset ${offset} of ${data.rowCount}`, { vendorCode: 'short_page' });
  }
  return { report: data, next: end < data.rowCount ? end : null };
}

/** The stream's page reader: a date chunk of one property, offset by offset. */
export async function readReportPage(window: PageWindow, ctx: StreamContext<GoogleAnalyticsSettings>): Promise<StreamPage> {
  const propertyId = window.partition?.key ?? '';
  const offset = window.token === null ? 0 : Number(window.token);
  const { report, next } = await runReport(ctx.http, propertyId, window.from ?? '', window.to ?? '', offset);
  ctx.logger.debug(
    { propertyId, from: window.from, to: window.to, rows: report.rows.length, quota: report.propertyQuota },
    'ga4 report page',
  );
  return { items: rowsOf(report, propertyId), next: next === null ? null : String(next) };
}
