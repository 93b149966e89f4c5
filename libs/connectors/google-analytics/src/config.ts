import { IsoDate, OAuthConfig } from '@tributary/core';
import { z } from 'zod';
import { GoogleAnalyticsPropertyId } from './api.js';

/** What a connection stores (encrypted): the Google OAuth tokens core's engine obtained and refreshes. */
export const GoogleAnalyticsConfig = OAuthConfig;
export type GoogleAnalyticsConfig = z.infer<typeof GoogleAnalyticsConfig>;

/**
 * Non-secret settings chosen after connecting:
 * - `propertyIds`: the GA4 properties to sync (from `listAccounts`); none = nothing to sync.
 * - the first sync reads `startDate` (property time) or the last `initialDays` days; every
 *   later sync re-reads the last `lookbackDays`: GA4 keeps processing a day for 24-48 h
 *   (up to 72 h with late hits from apps), so 3 days catch it settling; `daysPerRequest`
 *   bounds one report (its token cost grows with rows).
 *
 * @example
 * GoogleAnalyticsSettings.parse({ propertyIds: ['properties/123'] }) // { propertyIds: ['123'], lookbackDays: 3, ... }
 */
export const GoogleAnalyticsSettings = z
  .object({
    propertyIds: z.array(GoogleAnalyticsPropertyId).max(100).default([]),
    startDate: IsoDate.optional(),
    initialDays: z.int().min(1).max(1_095).default(30),
    lookbackDays: z.int().min(1).max(30).default(3),
    daysPerRequest: z.int().min(1).max(366).default(31),
  })
  .transform((s) => ({ ...s, propertyIds: [...new Set(s.propertyIds)] }));
export type GoogleAnalyticsSettings = z.output<typeof GoogleAnalyticsSettings>;
