import { IsoDate, OAuthConfig } from '@tributary/core';
import { z } from 'zod';
import { LinkedInAccountId } from './api.js';

/**
 * What a connection stores (encrypted): the LinkedIn tokens (60-day access
 * token, 365-day refresh token that refreshing does not extend). Parsing
 * lifts `tokens.accessToken` to `accessToken` for the HTTP client.
 *
 * @example
 * LinkedInAdsConfig.parse({ tokens }).accessToken === tokens.accessToken // true
 */
export const LinkedInAdsConfig = OAuthConfig.transform((config) => ({ ...config, accessToken: config.tokens.accessToken }));
export type LinkedInAdsConfig = z.output<typeof LinkedInAdsConfig>;

export const LinkedInAdsCredentials = z.object({ accessToken: z.string().min(1) });
export type LinkedInAdsCredentials = z.infer<typeof LinkedInAdsCredentials>;

/**
 * Non-secret settings the admin chooses after connecting:
 * - `accountIds`: the ad accounts to sync (from `listAccounts`); none = nothing to sync.
 * - the first sync reads `startDate` or the last `initialDays` days; every
 *   later one re-reads the last `restatementDays` (30: the default click
 *   conversion window); `daysPerRequest` days a request (an adAnalytics
 *   answer holds at most 15,000 elements: campaigns x days; a chunk that
 *   reaches it is split and read again).
 *
 * @example
 * LinkedInAdsSettings.parse({ accountIds: ['urn:li:sponsoredAccount:508915158'] }).accountIds // ['508915158']
 */
export const LinkedInAdsSettings = z
  .object({
    accountIds: z.array(LinkedInAccountId).max(500).default([]),
    startDate: IsoDate.optional(),
    initialDays: z.int().min(1).max(1_095).default(30),
    restatementDays: z.int().min(1).max(90).default(30),
    daysPerRequest: z.int().min(1).max(180).default(30),
  })
  .transform((s) => ({ ...s, accountIds: [...new Set(s.accountIds)] }));
export type LinkedInAdsSettings = z.output<typeof LinkedInAdsSettings>;
export type LinkedInAdsSettingsInput = z.input<typeof LinkedInAdsSettings>;
