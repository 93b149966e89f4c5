import { IsoDate, OAuthConfig } from '@tributary/core';
import { z } from 'zod';
import { MetaAdAccountId } from './api.js';

/**
 * What a connection stores (encrypted): the long-lived Meta user token
 * (about 60 days, no refresh token). Parsing lifts `tokens.accessToken` to
 * a top-level `accessToken` (recomputed, never stored) for the HTTP client.
 *
 * @example
 * MetaAdsConfig.parse({ tokens }).accessToken === tokens.accessToken // true
 */
export const MetaAdsConfig = OAuthConfig.transform((config) => ({ ...config, accessToken: config.tokens.accessToken }));
export type MetaAdsConfig = z.output<typeof MetaAdsConfig>;

/** What every request needs: the bearer token. */
export const MetaAdsCredentials = z.object({ accessToken: z.string().min(1) });
export type MetaAdsCredentials = z.infer<typeof MetaAdsCredentials>;

const ActionTypes = z.array(z.string().trim().min(1).max(200)).max(50);

/**
 * Non-secret settings the admin chooses after connecting:
 * - `accountIds`: the ad accounts to sync (`act_<n>`, from `listAccounts`); none = nothing to sync.
 * - the first sync reads `startDate` (account time) or the last `initialDays`
 *   days; every later one re-reads the last `restatementDays` (28 by default:
 *   the longest click attribution window, `28d_click`); `daysPerRequest` days a request.
 * - `leadActionTypes` and `conversionActionTypes`: which `actions` entries
 *   count as leads and as conversions (summed). Defaults: leads are `lead`
 *   (Meta's total of instant-form and website leads); conversions are `lead`
 *   and `omni_purchase` (purchases on every channel).
 *
 * @example
 * MetaAdsSettings.parse({ accountIds: ['1234567890'] }).accountIds // ['act_1234567890']
 */
export const MetaAdsSettings = z
  .object({
    accountIds: z.array(MetaAdAccountId).max(500).default([]),
    startDate: IsoDate.optional(),
    initialDays: z.int().min(1).max(1_095).default(30),
    restatementDays: z.int().min(1).max(90).default(28),
    daysPerRequest: z.int().min(1).max(90).default(30),
    leadActionTypes: ActionTypes.default(['lead']),
    conversionActionTypes: ActionTypes.default(['lead', 'omni_purchase']),
  })
  .transform((s) => ({ ...s, accountIds: [...new Set(s.accountIds)] }));
export type MetaAdsSettings = z.output<typeof MetaAdsSettings>;
export type MetaAdsSettingsInput = z.input<typeof MetaAdsSettings>;
