import { OAuthConfig } from '@tributary/core';
import { z } from 'zod';

/**
 * A private app's access token (`pat-<region>-<uuid>`,
 * https://developers.hubspot.com/docs/api/private-apps), sent as a Bearer token.
 */
export const PRIVATE_APP_TOKEN = /^pat-[a-z]{2,4}\d*-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const HubSpotPrivateAppConfig = z.object({
  apiKey: z.string().trim().regex(PRIVATE_APP_TOKEN, 'A HubSpot private app access token (pat-na1-...)'),
});

/** Either a private app token, or the tokens of the public app's OAuth flow (`accountId` = the portal's `hub_id`). */
export const HubSpotConfig = z.union([HubSpotPrivateAppConfig, OAuthConfig]);
export type HubSpotConfig = z.infer<typeof HubSpotConfig>;

/** What every request needs: the Bearer token, a private app's or an OAuth access token (HubSpot takes both the same way). */
export const HubSpotCredentials = z.object({ apiKey: z.string().min(1) });
export type HubSpotCredentials = z.infer<typeof HubSpotCredentials>;

/** Non-secret settings of one HubSpot connection. */
export const HubSpotSettings = z
  .object({
    /**
     * Minutes before the last watermark each incremental sync re-reads: the
     * search index trails writes by a few seconds, and a change committed
     * late can carry a stamp before the newest one read.
     */
    overlapMinutes: z
      .int()
      .min(0)
      .max(1_440)
      .default(10)
      .describe('Minutes before the last change seen that each incremental sync re-reads (the search index trails writes)'),
    /** The portal's company currency, for deals without `deal_currency_code` (their amount is left out otherwise). */
    companyCurrency: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{3}$/, 'An ISO 4217 currency code')
      .transform((c) => c.toUpperCase())
      .optional()
      .describe("The portal's currency (ISO 4217, e.g. USD), for deals without their own currency code"),
  })
  .loose();
export type HubSpotSettings = z.output<typeof HubSpotSettings>;

/**
 * The Bearer token of either kind of config.
 *
 * @example
 * tokenOf({ apiKey: 'pat-na1-...' }) // 'pat-na1-...'
 */
export function tokenOf(config: HubSpotConfig): string {
  return 'tokens' in config ? config.tokens.accessToken : config.apiKey;
}
