import { defineStream } from '@tributary/core';
import { GoogleAnalyticsRow } from '../api.js';
import { propertyPartitions } from '../admin.js';
import type { GoogleAnalyticsSettings } from '../config.js';
import { readReportPage } from '../report.js';

export const SITE_ANALYTICS = 'site_analytics';
/** The `source` of every GA4 row. */
export const GOOGLE_ANALYTICS_SOURCE = 'google_analytics';

/**
 * GA4's `date` dimension (`20261001`) as an ISO date.
 *
 * @example
 * isoDate('20261001') // '2026-10-01'
 */
export const isoDate = (yyyymmdd: string): string => `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;

/**
 * The (property, date, dimensions) key of a row, dimensions in name order: stable across runs.
 *
 * @example
 * rowKey('300001', '2026-10-01', { sessionDefaultChannelGroup: 'Direct', deviceCategory: 'mobile' }) // '300001:2026-10-01:deviceCategory=mobile|sessionDefaultChannelGroup=Direct'
 */
export function rowKey(propertyId: string, date: string, dimensions: Record<string, string>): string {
  const parts = Object.keys(dimensions)
    .sort()
    .map((name) => `${name}=${dimensions[name] ?? ''}`);
  return `${propertyId}:${date}:${parts.join('|')}`;
}

/**
 * Sessions, users, page views, engagement and key events by day, channel
 * group and device of every selected property, in the property's time
 * zone: a first sync reads `startDate` or the last `initialDays` days, each
 * later one re-reads the last `lookbackDays` (GA4 settles a day within
 * 24-72 h), `daysPerRequest` at a time, offset-paged.
 */
export const siteAnalytics = defineStream<GoogleAnalyticsRow, GoogleAnalyticsSettings>({
  name: SITE_ANALYTICS,
  entity: 'site_analytics',
  description: 'One row per property, day, channel group and device (property time zone)',
  label: 'report row',
  schema: GoogleAnalyticsRow,
  partitions: propertyPartitions,
  incremental: {
    type: 'dateWindows',
    startDate: (ctx) => ctx.settings.startDate,
    initialDays: (ctx) => ctx.settings.initialDays,
    lookbackDays: (ctx) => ctx.settings.lookbackDays,
    chunkDays: (ctx) => ctx.settings.daysPerRequest,
    timeZone: (partition) => String(partition?.data?.['timeZone'] ?? 'UTC'),
  },
  read: readReportPage,
  derive: (row) => {
    const date = isoDate(row.date);
    return { externalId: rowKey(row.propertyId, date, row.dimensions), date, source: GOOGLE_ANALYTICS_SOURCE };
  },
});
