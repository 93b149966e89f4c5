import { z } from 'zod';

/**
 * The Graph API version every request pins: v26.0 (the one Meta's own SDKs
 * target, facebook_business 26.0.3; v25.0 stays available until 2028-07-29).
 * https://developers.facebook.com/docs/graph-api/changelog/versions
 * Move this one constant to upgrade.
 */
export const META_API_VERSION = 'v26.0';
export const META_GRAPH_BASE = 'https://graph.facebook.com';
/** Read access to ads reporting (https://developers.facebook.com/docs/permissions#ads_read). */
export const META_ADS_SCOPE = 'ads_read';

/** An ad account id as Graph wants it in paths: `act_<digits>` (the bare number is accepted and prefixed). */
export const MetaAdAccountId = z
  .string()
  .trim()
  .transform((s) => (s.startsWith('act_') ? s : `act_${s}`))
  .pipe(z.string().regex(/^act_\d{1,20}$/, 'A Meta ad account id is act_ followed by digits'));

/** Counts and money arrive as decimal strings (spend in major units of the account currency). */
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'a decimal string');

/** `GET /{ver}/me/adaccounts` and `GET /{ver}/act_{id}`: fields of the AdAccount node we ask for. */
export const MetaAdAccount = z.object({
  id: z.string().regex(/^act_\d+$/),
  account_id: z.string().optional(),
  name: z.string().default(''),
  currency: z.string().length(3),
  timezone_name: z.string().min(1),
  /** 1 active, 2 disabled, 3 unsettled, 7 pending risk review, 8 pending settlement, 9 grace period, 100 pending closure, 101 closed. */
  account_status: z.number().int(),
});
export type MetaAdAccount = z.infer<typeof MetaAdAccount>;

/** Graph's paging block: follow `next` until it is absent (a short page is not the end). */
export const MetaPaging = z.object({
  cursors: z.object({ before: z.string().optional(), after: z.string().optional() }).optional(),
  next: z.url().optional(),
  previous: z.url().optional(),
});

/** Any Graph list: `{data: [...], paging}`; items are parsed by the stream (a bad one becomes a dead letter). */
export const MetaList = z.object({ data: z.array(z.unknown()), paging: MetaPaging.optional() });

/** One `AdsActionStats`: an action type and its count as a decimal string. */
export const MetaAction = z.object({ action_type: z.string().min(1), value: decimal });

/**
 * One row of `GET /act_{id}/insights?level=campaign&time_increment=1`: one
 * campaign on one day of the account's time zone. Rows without delivery are
 * left out; metrics that are zero may be missing.
 */
export const MetaInsightsRow = z.object({
  account_id: z.string().optional(),
  account_currency: z.string().length(3).optional(),
  campaign_id: z.string().regex(/^\d+$/),
  campaign_name: z.string().default(''),
  date_start: z.iso.date(),
  date_stop: z.iso.date(),
  impressions: decimal.default('0'),
  clicks: decimal.default('0'),
  spend: decimal.default('0'),
  actions: z.array(MetaAction).default([]),
});
export type MetaInsightsRow = z.infer<typeof MetaInsightsRow>;

/** `POST /act_{id}/insights`: an async report run was started. */
export const MetaReportRunStarted = z.object({ report_run_id: z.string().regex(/^\d+$/) });

/** `GET /{report_run_id}`: the AdReportRun's progress. */
export const MetaReportRun = z.object({
  id: z.string(),
  async_status: z.string(),
  async_percent_completion: z.number().default(0),
});

/** The Graph error envelope (https://developers.facebook.com/docs/graph-api/guides/error-handling). */
export const MetaErrorBody = z.object({
  error: z.object({
    message: z.string().default(''),
    type: z.string().default(''),
    code: z.number().int(),
    error_subcode: z.number().int().optional(),
    is_transient: z.boolean().optional(),
    error_user_title: z.string().optional(),
    error_user_msg: z.string().optional(),
    fbtrace_id: z.string().optional(),
  }),
});
export type MetaErrorBody = z.infer<typeof MetaErrorBody>;
