import { z } from 'zod';

/**
 * The Marketing API version every request pins (`LinkedIn-Version`, YYYYMM).
 * LinkedIn releases monthly versions and supports each for at least a year
 * (https://learn.microsoft.com/en-us/linkedin/marketing/versioning). Move this
 * one constant to upgrade.
 */
export const LINKEDIN_API_VERSION = '202610';
/** Rest.li 2.0 query syntax (`List(...)`, `(start:(year:...))`) is only understood with this header. */
export const RESTLI_PROTOCOL_VERSION = '2.0.0';
export const LINKEDIN_API_BASE = 'https://api.linkedin.com';
/** Read ad accounts and campaigns; read their reporting (https://learn.microsoft.com/en-us/linkedin/marketing/getting-started#permissions). */
export const LINKEDIN_ADS_SCOPES = ['r_ads', 'r_ads_reporting'] as const;

/** adAnalytics answers at most this many elements and silently drops the rest (2°). */
export const ANALYTICS_ELEMENT_CAP = 15_000;

/** An ad account id: digits (an `urn:li:sponsoredAccount:<n>` is accepted and reduced to them). */
export const LinkedInAccountId = z
  .string()
  .trim()
  .transform((s) => s.replace(/^urn:li:sponsoredAccount:/, ''))
  .pipe(z.string().regex(/^\d{1,20}$/, 'A LinkedIn ad account id is a number (or urn:li:sponsoredAccount:<number>)'));

/** `GET /rest/adAccounts` elements and `GET /rest/adAccounts/{id}`. */
export const LinkedInAdAccount = z.object({
  id: z.number().int(),
  name: z.string().default(''),
  currency: z.string().length(3),
  status: z.string().default('ACTIVE'),
  test: z.boolean().default(false),
});
export type LinkedInAdAccount = z.infer<typeof LinkedInAdAccount>;

/** A `q=search` finder page: elements, and `metadata.nextPageToken` until the last page. */
export const LinkedInSearchPage = z.object({
  elements: z.array(z.unknown()),
  metadata: z.object({ nextPageToken: z.string().optional() }).default({}),
});

/** A campaign, for its name (`GET /rest/adAccounts/{id}/adCampaigns?q=search`). */
export const LinkedInCampaign = z.object({ id: z.number().int(), name: z.string().default('') });

const Day = z.object({ year: z.number().int(), month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) });
const count = z.number().int().min(0).default(0);

/**
 * One adAnalytics element of `pivot=CAMPAIGN&timeGranularity=DAILY`: one
 * campaign on one day. `costInLocalCurrency` is a decimal string in the
 * account currency; elements without activity are left out.
 */
export const LinkedInAnalyticsElement = z.object({
  dateRange: z.object({ start: Day, end: Day.optional() }),
  pivotValues: z.tuple([z.string().regex(/^urn:li:sponsoredCampaign:\d+$/)]),
  impressions: count,
  clicks: count,
  costInLocalCurrency: z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, 'a decimal string')
    .default('0'),
  externalWebsiteConversions: count,
  oneClickLeads: count,
});
export type LinkedInAnalyticsElement = z.infer<typeof LinkedInAnalyticsElement>;

export const LinkedInAnalytics = z.object({ elements: z.array(z.unknown()).default([]) });

/** LinkedIn's error body (`{status, serviceErrorCode, code, message}`; 2°). */
export const LinkedInErrorBody = z.object({
  status: z.number().int().optional(),
  serviceErrorCode: z.number().int().optional(),
  code: z.string().optional(),
  message: z.string().default(''),
});
