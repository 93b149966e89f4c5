import { IsoDate, OAuthConfig } from '@tributary/core';
import { z } from 'zod';
import { GoogleAdsCustomerId } from './api.js';

/**
 * What a connection stores (encrypted): the Google OAuth tokens, and a
 * developer token when the organisation still uses one (Google ignores it
 * since 2026-09-09; it is sent when present).
 *
 * Parsing also lifts `tokens.accessToken` to a top-level `accessToken`
 * (always recomputed, never stored): core builds the HTTP client of
 * `authenticate`'s context from the parsed config and looks for the bearer
 * token there.
 *
 * @example
 * GoogleAdsConfig.parse({ tokens, developerToken: 'abc' }).accessToken === tokens.accessToken // true
 */
export const GoogleAdsConfig = OAuthConfig.extend({
  developerToken: z.string().trim().min(1).optional(),
}).transform((config) => ({ ...config, accessToken: config.tokens.accessToken }));
export type GoogleAdsConfig = z.output<typeof GoogleAdsConfig>;

/**
 * What every request needs: the bearer token, and the headers the connection adds.
 *
 * @example
 * GoogleAdsCredentials.parse({ accessToken: 'ya29.x', loginCustomerId: '123-456-7890' }).loginCustomerId // '1234567890'
 */
export const GoogleAdsCredentials = z.object({
  accessToken: z.string().min(1),
  developerToken: z.string().optional(),
  /** The manager account requests go through by default (`login-customer-id`). */
  loginCustomerId: GoogleAdsCustomerId.optional(),
});
export type GoogleAdsCredentials = z.infer<typeof GoogleAdsCredentials>;

const CustomerIdKey = z.string().regex(/^\d{3}-?\d{3}-?\d{4}$/, 'A Google Ads customer id has 10 digits (hyphens allowed)');

/**
 * Non-secret settings the admin chooses after connecting:
 * - `customerIds`: the accounts to sync (from `listAccounts`); none = nothing to sync.
 * - `loginCustomerId`: the manager account to read them through; `loginCustomerIds`
 *   overrides it per account (clients of different managers, or direct ones).
 * - the first sync reads `startDate` (account time) or the last `initialDays`
 *   days up to today; every later sync re-reads the last `restatementDays`
 *   (late conversions, invalid-click credits); `daysPerRequest` bounds one query.
 *
 * @example
 * GoogleAdsSettings.parse({ customerIds: ['123-456-7890'] }) // { customerIds: ['1234567890'], restatementDays: 30, ... }
 */
export const GoogleAdsSettings = z
  .object({
    customerIds: z.array(GoogleAdsCustomerId).max(500).default([]),
    loginCustomerId: GoogleAdsCustomerId.optional(),
    loginCustomerIds: z.record(CustomerIdKey, GoogleAdsCustomerId).default({}),
    startDate: IsoDate.optional(),
    initialDays: z.int().min(1).max(1_095).default(30),
    restatementDays: z.int().min(1).max(90).default(30),
    daysPerRequest: z.int().min(1).max(366).default(30),
  })
  .transform((s) => ({
    ...s,
    customerIds: [...new Set(s.customerIds)],
    loginCustomerIds: Object.fromEntries(Object.entries(s.loginCustomerIds).map(([k, v]) => [k.replaceAll('-', ''), v])),
  }));
export type GoogleAdsSettings = z.output<typeof GoogleAdsSettings>;
export type GoogleAdsSettingsInput = z.input<typeof GoogleAdsSettings>;

/**
 * The manager to read `customerId` through, if any.
 *
 * @example
 * loginFor({ ...settings, loginCustomerIds: { '1111111111': '9999999999' } }, '1111111111') // '9999999999'
 */
export function loginFor(settings: GoogleAdsSettings, customerId: string): string | undefined {
  return settings.loginCustomerIds[customerId] ?? settings.loginCustomerId;
}
