import { z } from 'zod';

/** The Data and Admin API version every request pins (both are `v1beta`). */
export const GOOGLE_ANALYTICS_API_VERSION = 'v1beta';
/** The Data API host (runReport); sandbox connections point it at the simulator. */
export const GOOGLE_ANALYTICS_DATA_BASE = 'https://analyticsdata.googleapis.com';
/** The Admin API host (accountSummaries, properties). */
export const GOOGLE_ANALYTICS_ADMIN_BASE = 'https://analyticsadmin.googleapis.com';
/** Read-only access to Analytics data and configuration. */
export const GOOGLE_ANALYTICS_SCOPE = 'https://www.googleapis.com/auth/analytics.readonly';

/** A property id: digits, also accepted as `properties/123`. */
export const GoogleAnalyticsPropertyId = z
  .string()
  .trim()
  .transform((s) => s.replace(/^properties\//, ''))
  .pipe(z.string().regex(/^\d{1,20}$/, 'A GA4 property id is numeric (properties/123456789)'));

/** One page of `GET /v1beta/accountSummaries` (https://developers.google.com/analytics/devguides/config/admin/v1/rest/v1beta/accountSummaries/list). */
export const GoogleAnalyticsAccountSummaries = z.object({
  accountSummaries: z
    .array(
      z.object({
        name: z.string(),
        account: z.string(),
        displayName: z.string().default(''),
        propertySummaries: z
          .array(z.object({ property: z.string(), displayName: z.string().default(''), propertyType: z.string().optional() }))
          .default([]),
      }),
    )
    .default([]),
  nextPageToken: z.string().optional(),
});

/** `GET /v1beta/properties/{id}`: what a partition is opened with (https://developers.google.com/analytics/devguides/config/admin/v1/rest/v1beta/properties). */
export const GoogleAnalyticsProperty = z.object({
  name: z.string(),
  displayName: z.string().default(''),
  timeZone: z.string().min(1),
  currencyCode: z.string().optional(),
});
export type GoogleAnalyticsProperty = z.infer<typeof GoogleAnalyticsProperty>;

const Values = z.array(z.object({ value: z.string().default('') })).default([]);

/** `runReport`'s answer (https://developers.google.com/analytics/devguides/reporting/data/v1/rest/v1beta/RunReportResponse): every value a string. */
export const GoogleAnalyticsReport = z.object({
  dimensionHeaders: z.array(z.object({ name: z.string() })).default([]),
  metricHeaders: z.array(z.object({ name: z.string(), type: z.string().optional() })).default([]),
  rows: z.array(z.object({ dimensionValues: Values, metricValues: Values })).default([]),
  rowCount: z.number().int().min(0).default(0),
  propertyQuota: z.record(z.string(), z.unknown()).optional(),
  kind: z.literal('analyticsData#runReport').optional(),
});
export type GoogleAnalyticsReport = z.infer<typeof GoogleAnalyticsReport>;

const Count = z.string().regex(/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i, 'a GA4 numeric value');

/**
 * One report row as the stream stores it: the property, the dimension
 * values by name (`date` as GA sends it, `20261001`) and the metric values
 * (strings, as GA sends them).
 */
export const GoogleAnalyticsRow = z.object({
  propertyId: z.string().min(1),
  date: z.string().regex(/^\d{8}$/),
  dimensions: z.record(z.string(), z.string()),
  metrics: z.object({
    sessions: Count,
    totalUsers: Count,
    newUsers: Count,
    screenPageViews: Count,
    engagedSessions: Count,
    userEngagementDuration: Count,
    keyEvents: Count,
  }),
});
export type GoogleAnalyticsRow = z.infer<typeof GoogleAnalyticsRow>;

/** Google's error envelope (https://cloud.google.com/apis/design/errors). */
export const GoogleAnalyticsErrorBody = z.object({
  error: z.object({ code: z.number().int(), message: z.string().default(''), status: z.string().default('') }),
});
